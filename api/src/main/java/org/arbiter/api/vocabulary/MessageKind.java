package org.arbiter.api.vocabulary;

/** What a message on a case is. */
public enum MessageKind {
    /** The respondent's answer to the complaint. */
    STATEMENT,
    /** A specialist asks a party for more information. */
    QUESTION,
    /** The party's answer to that question. */
    ANSWER
}
