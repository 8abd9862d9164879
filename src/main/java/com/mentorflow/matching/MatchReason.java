package com.mentorflow.matching;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mentorflow.people.Topics;
import com.mentorflow.platform.Languages;
import com.mentorflow.platform.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One reason a mentor fits a mentee, kept as a text key of i18n/matching-reasons and what fills it in, so each reader
 * reads it in their own language: the mentee on a suggestion card, the mentor on the request weeks later.
 * <p>
 * A request keeps its reasons as written when it was sent (the facts may change since), one per line. Requests sent
 * before reasons had keys hold English sentences: those read {@link #asWritten as written}, in every language.
 *
 * @param args what the text fills in: names as given (branch, job family), topics as {@link Topics#spoken} keeps them
 *             (older requests: English names, read as written), numbers in digits, language codes
 */
public record MatchReason(String key, List<String> args) {

    static final String SERVED_IN_BRANCH = "matching.reason.servedInBranch";
    static final String KNOWS_MILITARY_LIFE = "matching.reason.knowsMilitaryLife";
    static final String VETERAN = "matching.reason.veteran";
    static final String RESERVIST_OR_GUARD = "matching.reason.reservistOrGuard";
    static final String MILITARY_SPOUSE = "matching.reason.militarySpouse";
    static final String TRANSITION = "matching.reason.transition";
    static final String BUSINESS_LINE = "matching.reason.businessLine";
    static final String JOB_FAMILY = "matching.reason.jobFamily";
    static final String SAME_LEVEL = "matching.reason.sameLevel";
    static final String LEVELS_ABOVE = "matching.reason.levelsAbove";
    static final String SAME_TIME_ZONE = "matching.reason.sameTimeZone";
    static final String HOURS_APART = "matching.reason.hoursApart";
    static final String LANGUAGES = "matching.reason.languages";
    static final String GOALS = "matching.reason.goals";
    static final String TENURE = "matching.reason.tenure";
    static final String AS_WRITTEN = "matching.reason.asWritten";

    private static final Set<String> REVEALING_MILITARY = Set.of(SERVED_IN_BRANCH, KNOWS_MILITARY_LIFE, VETERAN,
            RESERVIST_OR_GUARD, MILITARY_SPOUSE, TRANSITION);
    /** Their one argument is a count or a year: the text formats it (plural, no thousands separator in a year). */
    private static final Set<String> COUNTED = Set.of(TRANSITION, LEVELS_ABOVE, HOURS_APART, TENURE);
    /** Their arguments are a list, joined as a sentence in the reader's language ("A, B and C"). */
    private static final Set<String> LISTED = Set.of(LANGUAGES, GOALS);
    private static final ObjectMapper JSON = new ObjectMapper();

    public MatchReason {
        args = List.copyOf(args);
    }

    static MatchReason of(String key, Object... args) {
        return new MatchReason(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** A reason stored as an English sentence before reasons had keys: shown unchanged to every reader. */
    static MatchReason asWritten(String text) {
        return of(AS_WRITTEN, text);
    }

    /** The reason in the reader's language; English when the reader is null or not one of ours. */
    public String in(Locale reader) {
        Locale language = Languages.supported(reader);
        if (COUNTED.contains(key)) {
            return Texts.text(language, key, Integer.valueOf(args.get(0)));
        }
        if (LISTED.contains(key)) {
            List<String> names = args.stream()
                    .map(arg -> LANGUAGES.equals(key) ? languageName(arg, language) : Topics.read(arg, language)).toList();
            return Texts.text(language, key, joined(names, language));
        }
        return Texts.text(language, key, args.toArray());
    }

    /** What the REST API says: English, whoever asks, so that clients and scripts read one stable wording. */
    @JsonValue
    public String english() {
        return in(Languages.ENGLISH);
    }

    /** Whether it speaks of military background (the mentee's, read by the mentor), which is shown only with consent. */
    boolean revealsMilitary() {
        return AS_WRITTEN.equals(key) ? Criteria.isMilitaryReason(args.get(0)) : REVEALING_MILITARY.contains(key);
    }

    /** The reasons as a request keeps them: one JSON array per line, the key first. */
    public static String stored(List<MatchReason> reasons) {
        List<String> lines = new ArrayList<>();
        for (MatchReason reason : reasons) {
            List<String> line = new ArrayList<>();
            line.add(reason.key());
            line.addAll(reason.args());
            try {
                lines.add(JSON.writeValueAsString(line));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join("\n", lines);
    }

    /** Read back what {@link #stored} wrote; an older request's English sentences read as written. */
    public static List<MatchReason> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\n")).map(MatchReason::readLine).toList();
    }

    private static MatchReason readLine(String line) {
        if (!line.startsWith("[\"matching.reason.")) {
            return asWritten(line);
        }
        try {
            List<String> keyAndArgs = JSON.readValue(line, new TypeReference<List<String>>() { });
            return new MatchReason(keyAndArgs.get(0), keyAndArgs.subList(1, keyAndArgs.size()));
        } catch (JsonProcessingException e) {
            return asWritten(line);
        }
    }

    /** Up to three names as in a sentence: "A", "A and B", "A, B and C". */
    static String joined(List<String> names, Locale reader) {
        List<String> shown = names.size() > 3 ? names.subList(0, 3) : names;
        return switch (shown.size()) {
            case 0 -> "";
            case 1 -> shown.get(0);
            case 2 -> Texts.text(reader, "matching.reason.list.two", shown.get(0), shown.get(1));
            default -> Texts.text(reader, "matching.reason.list.three", shown.get(0), shown.get(1), shown.get(2));
        };
    }

    private static String languageName(String code, Locale reader) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name;
    }
}
