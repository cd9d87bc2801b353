package org.convene.coordination.shared.api;

import java.time.ZoneId;
import java.util.List;

/** Shared input rules for free text and names, so every entry point refuses the same things. */
public final class TextRules {

    /** The UK's time zone: the one declaration; every "today", day boundary and shown time uses it. */
    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_NARRATIVE_LENGTH = 20_000;
    public static final int MAX_ID_LENGTH = 100;

    private TextRules() {
    }

    public static void requireId(String id, String what, List<String> problems) {
        if (id == null || id.isBlank()) {
            problems.add("A " + what + " is required.");
        } else if (id.length() > MAX_ID_LENGTH || hasControlCharacters(id)) {
            problems.add("The " + what + " is not valid.");
        }
    }

    public static void requireName(String name, String what, List<String> problems) {
        if (name == null || name.isBlank()) {
            problems.add("Enter " + what + ".");
        } else if (name.strip().length() > MAX_NAME_LENGTH) {
            problems.add(capitalise(what) + " must be at most " + MAX_NAME_LENGTH + " characters.");
        } else if (hasControlCharacters(name)) {
            problems.add(capitalise(what) + " contains control characters.");
        } else if (name.indexOf('<') >= 0 || name.indexOf('>') >= 0) {
            problems.add(capitalise(what) + " must not contain < or > (a name is text, not markup).");
        }
    }

    /** A required free text: {@code missing} is the message when it is blank. */
    public static void requireText(String text, String missing, int maxLength, List<String> problems) {
        if (text == null || text.isBlank()) {
            problems.add(missing);
        } else if (text.length() > maxLength) {
            problems.add("The text must be at most " + maxLength + " characters (" + missing + ")");
        }
    }

    public static void optionalText(String text, String what, int maxLength, List<String> problems) {
        if (text != null && text.length() > maxLength) {
            problems.add(what + " must be at most " + maxLength + " characters.");
        } else if (text != null && hasControlCharacters(text.replace("\n", "").replace("\r", "").replace("\t", ""))) {
            problems.add(what + " contains control characters.");
        }
    }

    public static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }

    public static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new CommandRejectedException(problems);
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
