package org.convene.ui.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link com.microsoft.playwright.Page} parameter of a {@link BrowserExtension} test: the page
 * belongs to this demo user (e.g. {@code "mash.chair"}), already signed in, on the page that user
 * lands on.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@interface SignedInAs {

    String value();
}
