package org.convene.coordination.shared.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which roles may send a command or query. The dispatch interceptor in {@code infra}
 * refuses a message whose sender holds none of them, whatever the UI showed. A message without
 * this annotation still requires a logged-in user.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresRole {
    String[] value();
}
