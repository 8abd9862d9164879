package com.mentorflow.modeler;

import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A refused model or migration: like every refusal it answers {@link #problems()} in English (REST, the audit log),
 * and keeps its sentences, in the order they were found, so a page shows them in its reader's language.
 */
public class ModelRefusal extends RejectedInputException {

    private final Map<String, Sentence> sentences;

    ModelRefusal(Map<String, Sentence> sentences) {
        super(in(sentences, Locale.ENGLISH));
        this.sentences = Collections.unmodifiableMap(new LinkedHashMap<>(sentences));
    }

    ModelRefusal(String field, Sentence sentence) {
        this(Map.of(field, sentence));
    }

    /** Field (or "model0", "model1" … for a model's problems) to what is wrong, in the reader's language, in order. */
    public Map<String, String> in(Locale reader) {
        return in(sentences, reader);
    }

    private static Map<String, String> in(Map<String, Sentence> sentences, Locale reader) {
        Map<String, String> texts = new LinkedHashMap<>();
        sentences.forEach((field, sentence) -> texts.put(field, sentence.in(reader)));
        return texts;
    }

    /**
     * {@link Refusals#run} for the modeler's pages: the sentence of a refusal, a model's or a migration's in the reader's
     * language, or empty when the command went through.
     */
    static Optional<String> run(Locale reader, Runnable command) {
        try {
            command.run();
            return Optional.empty();
        } catch (ModelRefusal e) {
            return Optional.of(String.join(" ", e.in(reader).values()));
        } catch (RuntimeException e) {
            return Refusals.run(() -> {
                throw e; // the other refusals as every page words them; anything else is a defect and goes on up
            });
        }
    }
}
