package org.convene.coordination.child.api;

/** One identifier an agency holds for a child, e.g. an NHS number. */
public record AgencyIdentifier(IdentifierType type, String value) {
}
