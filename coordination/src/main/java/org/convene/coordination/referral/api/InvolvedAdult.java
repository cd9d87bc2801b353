package org.convene.coordination.referral.api;

/** An adult involved in the incident and their role. */
public record InvolvedAdult(String name, AdultRole role) {
}
