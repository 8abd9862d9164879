package com.mentorflow.circles;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.Languages;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Education topics in Spanish, German and Hindi: admins write a title and description per language; readers of a
 * language without one read the English topic ({@link EducationTopics#title(Long, Locale)}).
 */
@Service
public class EducationTopicTranslations {

    /** The languages a topic may be translated into: ours but English, which is the topic's own text. */
    public static final List<Locale> LANGUAGES = Languages.ALL.stream().filter(l -> !l.equals(Languages.ENGLISH)).toList();

    private final EducationTopics topics;
    private final EducationTopicTranslationRepository translations;
    private final AuditLog audit;

    EducationTopicTranslations(EducationTopics topics, EducationTopicTranslationRepository translations, AuditLog audit) {
        this.topics = topics;
        this.translations = translations;
        this.audit = audit;
    }

    /** The translations a topic has, by language. */
    @Transactional(readOnly = true)
    public Map<Locale, EducationTopics.EducationTopic> of(long topicId) {
        Optional<EducationTopics.EducationTopic> topic = topics.find(topicId);
        return translations.findByKeyTopicIdOrderByKeyLanguage(topicId).stream().collect(Collectors.toMap(
                t -> Languages.byTag(t.key().language()).orElseThrow(),
                t -> new EducationTopics.EducationTopic(topicId, t.title(), t.description(),
                        topic.map(EducationTopics.EducationTopic::active).orElse(false)),
                (a, b) -> a, LinkedHashMap::new));
    }

    /** Adds or replaces a topic's translation into one language. */
    @Transactional
    public void save(String adminUsername, long topicId, Locale language, String title, String description) {
        requireAdmin();
        String name = title == null ? "" : title.strip();
        String text = description == null ? "" : description.strip();
        new RejectedInputException.Collector()
                .check(topics.find(topicId).isPresent(), "topic", Sentence.of("circles.refusal.topicGone"))
                .check(translatable(language), "language", Sentence.of("circles.refusal.translateTopicInto"))
                .check(name.length() >= 3 && name.length() <= 120, "title", Sentence.of("circles.refusal.topicTitleLength"))
                .check(text.length() >= 10 && text.length() <= 1000, "description",
                        Sentence.of("circles.refusal.topicDescriptionLength"))
                .throwIfAny();
        EducationTopicTranslation.Key key = new EducationTopicTranslation.Key(topicId, Languages.tag(language));
        EducationTopicTranslation translation = translations.findById(key).orElseGet(() -> new EducationTopicTranslation(key));
        translation.change(name, text);
        translations.save(translation);
        audit.record(adminUsername, "education-topic-translated", "topic " + topicId + " in " + key.language() + ": " + name);
    }

    /** Takes a translation away: readers of that language read the English topic again. */
    @Transactional
    public void remove(String adminUsername, long topicId, Locale language) {
        requireAdmin();
        EducationTopicTranslation.Key key = translatable(language)
                ? new EducationTopicTranslation.Key(topicId, Languages.tag(language)) : null;
        if (key == null || !translations.existsById(key)) {
            throw new RejectedInputException("language", Sentence.of("circles.refusal.noTopicTranslation"));
        }
        translations.deleteById(key);
        audit.record(adminUsername, "education-topic-translation-removed", "topic " + topicId + " in " + key.language());
    }

    static boolean translatable(Locale language) {
        return language != null && LANGUAGES.contains(Languages.supported(language));
    }

    private static void requireAdmin() {
        if (!CurrentUser.hasRole(Roles.ADMIN)) {
            throw new NotPermittedException(Sentence.of("circles.refusal.onlyAdminsTopics"));
        }
    }
}
