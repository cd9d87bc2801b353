package org.convene.coordination.shared.api;

/**
 * Keys of the meta-data that the dispatch interceptor attaches to every command from the
 * authenticated user. Aggregates read the actor from here, never from the command payload, so a
 * client cannot claim to be someone else.
 */
public final class MessageMetaData {

    public static final String USER_ID = "userId";
    public static final String AGENCY_ID = "agencyId";

    private MessageMetaData() {
    }
}
