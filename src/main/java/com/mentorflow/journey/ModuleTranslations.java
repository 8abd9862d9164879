package com.mentorflow.journey;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.Languages;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year-one modules in Spanish, German and Hindi: admins write a translation per language, readers get their
 * language's text where one exists and the English text where not. Release month and minutes are the module's own.
 */
@Service
public class ModuleTranslations {

    /** The languages a module may be translated into: ours but English, which is the module's own text. */
    public static final List<Locale> LANGUAGES = Languages.ALL.stream().filter(l -> !l.equals(Languages.ENGLISH)).toList();

    private final ModuleTranslationRepository translations;
    private final LearningModules modules;
    private final AuditLog audit;

    ModuleTranslations(ModuleTranslationRepository translations, LearningModules modules, AuditLog audit) {
        this.translations = translations;
        this.modules = modules;
        this.audit = audit;
    }

    /** The module as a reader of {@code language} reads it: translated where a translation exists. */
    @Transactional(readOnly = true)
    public LearningModule in(LearningModule module, Locale language) {
        if (!translatable(language)) {
            return module;
        }
        return translations.findById(key(module.number(), language)).map(t -> translated(module, t)).orElse(module);
    }

    /** The translations a module has, by language, each as a whole module (for the admin to edit). */
    @Transactional(readOnly = true)
    public Map<Locale, LearningModule> of(int number) {
        LearningModule module = modules.find(number);
        return translations.findByKeyModuleNumberOrderByKeyLanguage((short) number).stream().collect(Collectors.toMap(
                t -> Languages.byTag(t.key().language()).orElseThrow(), t -> translated(module, t), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /**
     * Adds or replaces the translation of a module into one language.
     *
     * @param actionItems one per line, as many as the English ones
     * @param resources   one per line, kind|title|link; blank keeps the English resources
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN_ROLE)
    public void save(int number, Locale language, String title, String summary, String actionItems, String resources,
                     String mentorInsight, String actor) {
        Optional<LearningModule> module = find(number);
        List<String> items = LearningModule.lines(actionItems);
        List<String> resourceLines = LearningModule.lines(resources);
        int expectedItems = module.map(m -> m.actionItems().size()).orElse(items.size());
        new RejectedInputException.Collector()
                .check(module.isPresent(), "number", Sentence.of("journey.refusal.noSuchModule", number))
                .check(translatable(language), "language", Sentence.of("journey.refusal.translateModuleInto"))
                .check(length(title) > 0 && length(title) <= 120, "title", Sentence.of("journey.refusal.titleLength"))
                .check(length(summary) > 0 && length(summary) <= 1000, "summary",
                        Sentence.of("journey.refusal.summaryLength"))
                .check(!items.isEmpty() && items.size() == expectedItems, "actionItems",
                        Sentence.of("journey.refusal.translateEachActionItem", expectedItems))
                .check(resourceLines.stream().allMatch(LearningModule::isResource), "resources",
                        Sentence.of("journey.refusal.translatedResourceFormat"))
                .check(length(mentorInsight) > 0, "mentorInsight", Sentence.of("journey.refusal.translatedInsightNeeded"))
                .throwIfAny();
        ModuleTranslation.Key key = key(number, language);
        ModuleTranslation translation = translations.findById(key).orElseGet(() -> new ModuleTranslation(key));
        translation.change(title.strip(), summary.strip(), String.join("\n", items), String.join("\n", resourceLines),
                mentorInsight.strip());
        translations.save(translation);
        audit.record(actor, "module-translated", "module " + number + " in " + key.language() + ": " + title.strip());
    }

    /** Takes a translation away: readers of that language read the English text again. */
    @Transactional
    @RolesAllowed(Roles.ADMIN_ROLE)
    public void remove(int number, Locale language, String actor) {
        if (!translatable(language) || !translations.existsById(key(number, language))) {
            throw new RejectedInputException("language", Sentence.of("journey.refusal.noModuleTranslation", number));
        }
        ModuleTranslation.Key key = key(number, language);
        translations.deleteById(key);
        audit.record(actor, "module-translation-removed", "module " + number + " in " + key.language());
    }

    private Optional<LearningModule> find(int number) {
        try {
            return Optional.of(modules.find(number));
        } catch (EmptyResultDataAccessException none) {
            return Optional.empty();
        }
    }

    /** Action items are ticked by position: a translation that no longer has the English count keeps the English ones. */
    private static LearningModule translated(LearningModule module, ModuleTranslation t) {
        List<String> items = LearningModule.lines(t.actionItems());
        List<LearningModule.Resource> resources = LearningModule.resources(t.resources());
        return new LearningModule(module.number(), t.title(), t.summary(), module.releaseMonth(), module.estimatedMinutes(),
                items.size() == module.actionItems().size() ? items : module.actionItems(),
                resources.isEmpty() ? module.resources() : resources, t.mentorInsight());
    }

    private static boolean translatable(Locale language) {
        return language != null && LANGUAGES.contains(Languages.supported(language));
    }

    private static ModuleTranslation.Key key(int number, Locale language) {
        return new ModuleTranslation.Key(number, Languages.tag(language));
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }
}
