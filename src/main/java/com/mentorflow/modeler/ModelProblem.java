package com.mentorflow.modeler;

import com.mentorflow.platform.Sentence;
import java.util.Locale;

/** A problem with a model: which element ({@code null} for the whole file) and what to do about it. */
public record ModelProblem(String elementId, Sentence sentence) {

    ModelProblem(String elementId, String key, Object... args) {
        this(elementId, Sentence.of(key, args));
    }

    /** What to do about it, in English (the audit log, {@code /engine-rest}). */
    public String message() {
        return sentence.toString();
    }

    /** The element and what to do about it, in the reader's language. */
    public String in(Locale reader) {
        return asSentence().in(reader);
    }

    /** "Task_1: …", or only what to do for the whole file. */
    Sentence asSentence() {
        return elementId == null ? sentence : Sentence.of("modeler.rule.onElement", elementId, sentence);
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
