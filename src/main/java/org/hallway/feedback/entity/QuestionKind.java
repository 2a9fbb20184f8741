package org.hallway.feedback.entity;

/** What a survey question asks for: a 1–5 scale, one of its options, or free text. */
public enum QuestionKind {
    SCALE,
    CHOICE,
    TEXT
}
