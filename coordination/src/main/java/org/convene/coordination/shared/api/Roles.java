package org.convene.coordination.shared.api;

import java.util.List;

/**
 * The roles a Convene user can hold. Spring Security authorities are these names prefixed with
 * {@code ROLE_}; views use them in {@code @RolesAllowed} and commands in {@link RequiresRole}.
 */
public final class Roles {

    public static final String SCREENER = "SCREENER";
    public static final String MEETING_CHAIR = "MEETING_CHAIR";
    public static final String PANEL_CHAIR = "PANEL_CHAIR";
    public static final String PANEL_MEMBER = "PANEL_MEMBER";
    public static final String RETURN_INTERVIEW_WORKER = "RETURN_INTERVIEW_WORKER";
    public static final String ANALYST = "ANALYST";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    public static final List<String> ALL = List.of(SCREENER, MEETING_CHAIR, PANEL_CHAIR, PANEL_MEMBER,
            RETURN_INTERVIEW_WORKER, ANALYST, ADMINISTRATOR);

    private Roles() {
    }

    /** A short plain-English label for a role, for screens. */
    public static String label(String role) {
        return switch (role) {
            case SCREENER -> "Screener";
            case MEETING_CHAIR -> "Meeting chair";
            case PANEL_CHAIR -> "Panel chair";
            case PANEL_MEMBER -> "Panel member";
            case RETURN_INTERVIEW_WORKER -> "Return-interview worker";
            case ANALYST -> "Analyst";
            case ADMINISTRATOR -> "Administrator";
            default -> role;
        };
    }
}
