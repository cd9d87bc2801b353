package org.convene.coordination.shared.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command that Convene sends itself (a saga's clock, a rule watching events), never a user. It
 * may be dispatched without a logged-in user and is recorded as done by the system. No view or
 * REST endpoint sends one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SystemCommand {

    String SYSTEM_USER = "convene-system";
    String SYSTEM_AGENCY = "convene";
}
