package org.convene.demo;

import java.time.Instant;
import java.time.LocalDate;

/** A child the simulated history has registered, and when. */
record CountyChild(String childId, LocalDate dob, Instant registeredAt) {
}
