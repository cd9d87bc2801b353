package org.convene.coordination.shared;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.instanceOf;

import org.convene.coordination.shared.api.CommandRejectedException;
import org.hamcrest.Matcher;

/** The refusal write-side tests expect: bad input refused in words a practitioner understands. */
public final class Refusals {

    private Refusals() {
    }

    /** A {@link CommandRejectedException} whose message contains these words. */
    public static Matcher<Throwable> refusal(String words) {
        return allOf(instanceOf(CommandRejectedException.class), hasProperty("message", containsString(words)));
    }
}
