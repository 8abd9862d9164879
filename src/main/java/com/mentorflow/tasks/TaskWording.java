package com.mentorflow.tasks;

import com.mentorflow.platform.Languages;
import com.mentorflow.platform.Texts;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.io.ClassPathResource;

/**
 * A user task's name in the reader's language. i18n/tasks-names has a text for each user task of the shipped models,
 * keyed by process and task ({@code tasks.task.mentee-journey.Task_Meeting}), its English the model's own name.
 * Admins edit models in the browser: a task the bundle does not know, or whose name an admin has changed since, reads
 * as its model names it, in whatever language the admin wrote.
 */
public final class TaskWording {

    private static final String BUNDLE = "i18n/tasks-names.properties";
    /** Which tasks the bundle knows, read apart from {@link Texts} so that an admin's new task is no missing text. */
    private static final Properties ENGLISH = english();

    private final String key;
    private final String modelled;
    private final Locale reader;

    private TaskWording(String key, String modelled, Locale reader) {
        this.key = key;
        this.modelled = modelled;
        this.reader = reader;
    }

    /** The wording of a task of this process (null for a task made outside any model) for this reader. */
    public static TaskWording of(String processDefinitionKey, Task task, Locale reader) {
        String key = processDefinitionKey == null || task.getTaskDefinitionKey() == null ? null
                : key(processDefinitionKey, task.getTaskDefinitionKey());
        return new TaskWording(key, task.getName(), Languages.supported(reader));
    }

    /** The key of a task's name: {@code tasks.task.<process key>.<task id>}. */
    public static String key(String processDefinitionKey, String taskDefinitionKey) {
        return "tasks.task." + processDefinitionKey + "." + taskDefinitionKey;
    }

    /** The reader of the page being built, English where there is none (REST, mail, a job). */
    static Locale currentReader() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.ENGLISH : ui.getLocale();
    }

    /** The name as the model gives it, in the reader's language when the bundle knows the task. */
    public String name() {
        return known() ? Texts.text(reader, key) : modelled;
    }

    /**
     * A form of the name that says which round it is ("Plan and log meeting 3"): the bundle's
     * {@code <key>.<form>} with the arguments filled in; the model's name when the bundle does not know the task.
     */
    public String name(String form, Object... arguments) {
        return known() ? Texts.text(reader, key + "." + form, arguments) : modelled;
    }

    private boolean known() {
        // Compared as read: the file writes an apostrophe twice ("Mentee''s check-in"), as every text's pattern does.
        return key != null && modelled != null && ENGLISH.containsKey(key)
                && Objects.equals(Texts.text(Languages.ENGLISH, key), modelled);
    }

    private static Properties english() {
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(BUNDLE).getInputStream(), StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
