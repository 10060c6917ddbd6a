package org.warraq.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that no page shows as it is: the source a shown value is made from, which that value
 * names (an article's body text, shown only as its rendered body, whose name digests the text). A digest of what a
 * page is made from leaves it out, so that it need not read the text back to learn nothing more.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface NotShown {
}
