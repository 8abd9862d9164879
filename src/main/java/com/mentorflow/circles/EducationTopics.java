package com.mentorflow.circles;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Languages;
import com.mentorflow.platform.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The library Education meetings pick their topic from; admins edit it. */
@Service
public class EducationTopics {

    public record EducationTopic(long id, String title, String description, boolean active) {
    }

    private final JdbcTemplate jdbc;
    private final EducationTopicTranslationRepository translations;
    private final AuditLog audit;

    EducationTopics(JdbcTemplate jdbc, EducationTopicTranslationRepository translations, AuditLog audit) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<EducationTopic> all() {
        return jdbc.query("select * from mentorflow.education_topic order by lower(title)", (row, n) ->
                new EducationTopic(row.getLong("id"), row.getString("title"), row.getString("description"), row.getBoolean("active")));
    }

    @Transactional(readOnly = true)
    public List<EducationTopic> active() {
        return all().stream().filter(EducationTopic::active).toList();
    }

    /** The topics offered to circles, as {@code reader} reads them: translated where an admin wrote their language. */
    @Transactional(readOnly = true)
    public List<EducationTopic> active(Locale reader) {
        Map<Long, EducationTopicTranslation> translated = EducationTopicTranslations.translatable(reader)
                ? translations.findByKeyLanguage(Languages.tag(reader)).stream()
                        .collect(Collectors.toMap(t -> t.key().topicId(), t -> t))
                : Map.of();
        return active().stream().map(topic -> Optional.ofNullable(translated.get(topic.id()))
                .map(t -> new EducationTopic(topic.id(), t.title(), t.description(), topic.active())).orElse(topic))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<EducationTopic> find(long id) {
        return all().stream().filter(topic -> topic.id() == id).findFirst();
    }

    @Transactional(readOnly = true)
    public boolean isActive(long id) {
        return Boolean.TRUE.equals(jdbc.query("select active from mentorflow.education_topic where id = ?",
                row -> row.next() ? row.getBoolean(1) : null, id));
    }

    @Transactional(readOnly = true)
    public String title(Long id) {
        return id == null ? "" : jdbc.query("select title from mentorflow.education_topic where id = ?",
                row -> row.next() ? row.getString(1) : "", id);
    }

    /** The topic's title as {@code reader} reads it: translated where an admin wrote their language, else English. */
    @Transactional(readOnly = true)
    public String title(Long id, Locale reader) {
        if (id == null || !EducationTopicTranslations.translatable(reader)) {
            return title(id);
        }
        return translations.findById(new EducationTopicTranslation.Key(id, Languages.tag(reader)))
                .map(EducationTopicTranslation::title).orElseGet(() -> title(id));
    }

    /** Adds a topic (id null) or changes one; a topic in use is switched off rather than deleted. */
    @Transactional
    public long save(String adminUsername, Long id, String title, String description, boolean active) {
        if (!CurrentUser.hasRole(Roles.ADMIN)) {
            throw new NotPermittedException(Sentence.of("circles.refusal.onlyAdminsTopics"));
        }
        String name = title == null ? "" : title.strip();
        String text = description == null ? "" : description.strip();
        new RejectedInputException.Collector()
                .check(name.length() >= 3 && name.length() <= 120, "title", Sentence.of("circles.refusal.topicTitleLength"))
                .check(text.length() >= 10 && text.length() <= 1000, "description",
                        Sentence.of("circles.refusal.topicDescriptionLength"))
                .throwIfAny();
        try {
            long saved;
            if (id == null) {
                saved = jdbc.queryForObject("insert into mentorflow.education_topic (title, description, active) "
                        + "values (?, ?, ?) returning id", Long.class, name, text, active);
            } else if (jdbc.update("update mentorflow.education_topic set title = ?, description = ?, active = ? where id = ?",
                    name, text, active, id) == 1) {
                saved = id;
            } else {
                throw new RejectedInputException("topic", Sentence.of("circles.refusal.topicGone"));
            }
            audit.record(adminUsername, "education-topic-saved", "topic " + saved + ": " + name + (active ? "" : " (off)"));
            return saved;
        } catch (DuplicateKeyException e) {
            throw new RejectedInputException("title", Sentence.of("circles.refusal.topicTitleTaken"));
        }
    }
}
