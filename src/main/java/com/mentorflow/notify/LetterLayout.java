package com.mentorflow.notify;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Puts a {@link Letter} into the one mail layout ({@code templates/mail/letter.*.mustache}): HTML, escaped by the
 * template engine, and the same content as plain text for mail programs that show no HTML.
 */
@Component
class LetterLayout {

    /** Both parts of one mail. */
    record Rendered(String text, String html) {
    }

    private final String publicUrl;
    private final Template html;
    private final Template text;

    LetterLayout(@Value("${mentorflow.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.html = Mustache.compiler().escapeHTML(true).compile(template("letter.html.mustache"));
        this.text = Mustache.compiler().escapeHTML(false).compile(template("letter.txt.mustache"));
    }

    Rendered render(Letter letter) {
        Map<String, Object> model = model(letter);
        return new Rendered(text.execute(model).strip() + "\n", html.execute(model));
    }

    /** A path in Mentorflow becomes an address a mail program can open. */
    String absolute(String target) {
        return target.startsWith("/") ? publicUrl + target : target;
    }

    /** Absent parts are left out of the model: the templates' sections then show nothing. */
    private Map<String, Object> model(Letter letter) {
        LayoutTexts words = LayoutTexts.of(letter.locale());
        Map<String, Object> model = new HashMap<>();
        model.put("lang", letter.locale().toLanguageTag());
        model.put("subject", letter.subject());
        model.put("paragraphs", letter.paragraphs());
        model.put("home", publicUrl + "/");
        model.put("words", Map.of("linkHint", words.linkHint(), "footer", words.footer(), "programLine", words.programLine()));
        if (letter.greeting() != null) {
            model.put("greeting", letter.greeting());
        }
        if (letter.program() != null) {
            model.put("program", letter.program());
        }
        Letter.Action action = letter.action();
        if (action != null) {
            String label = action.label() == null ? words.openAction() : action.label();
            model.put("action", Map.of("label", label, "url", absolute(action.target())));
        }
        return model;
    }

    private static Reader template(String name) {
        try {
            return new InputStreamReader(new ClassPathResource("templates/mail/" + name).getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Mail template " + name + " is missing", e);
        }
    }
}
