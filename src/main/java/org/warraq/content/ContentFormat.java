package org.warraq.content;

/** How an article's body is written: Markdown, or plain desk text where nothing is markup. */
public enum ContentFormat { MARKDOWN, PLAIN_TEXT }
