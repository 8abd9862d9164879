package com.mentorflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module reads or writes another module's tables (issue 15, §2): Modulith's {@code verify()} sees Java types,
 * not the SQL in string literals, so this reads the sources. A module that needs another's data calls its public
 * service. {@code insights} is the one stated exception (its package-info says why).
 */
class TablesStayInTheirModuleTest {

    private static final Path SOURCES = Path.of("src/main/java/com/mentorflow");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final String EXCEPTION = "insights";

    /**
     * Who owns each table: the module whose entity or records class writes it. Written out rather than derived, so
     * that a new migration's table must be given an owner here (see {@link #everyTableHasAnOwner}).
     */
    private static final Map<String, Set<String>> OWNERS = Map.of(
            "people", Set.of("account", "account_role", "employee", "profile", "password_link", "topic",
                    "browser_time_zone", "scim_identity"),
            "platform", Set.of("audit_entry", "audit_entry_subject"),
            "notify", Set.of("outbox_message"),
            "modeler", Set.of("model_deployment"),
            "matching", Set.of("match_request", "match_request_event", "mentorship", "bookmark", "matching_weight",
                    "cohort_run", "cohort_run_pair", "cohort_run_unmatched"),
            "journey", Set.of("learning_module", "learning_module_translation", "meeting", "check_in", "module_progress",
                    "mentorship_goal"),
            "circles", Set.of("circle", "circle_membership", "circle_meeting", "circle_vote", "circle_feedback",
                    "circle_renewal", "affinity_network", "education_topic", "education_topic_translation"),
            "insights", Set.of("overview_cube", "overview_cube_refresh"));

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(?:\\w+\\.)?(\\w+)");
    /**
     * A schema-qualified name anywhere in a literal: our SQL writes mentorflow.x, native queries {h-schema}x, the
     * engine's tables are public.act_x.
     */
    private static final Pattern QUALIFIED = Pattern.compile("(?i)(?:(?<![\\w.])(?:mentorflow|public)\\.|\\{h-schema})(\\w+)");
    /** An unqualified name where SQL and JPQL put a table or an entity; only in literals that are statements. */
    private static final Pattern AFTER_KEYWORD = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+(\\w+)\\b");
    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(?:insert\\s+into|update|delete\\s+from)\\s+(?:mentorflow\\.|\\{h-schema})?(\\w+)");
    private static final Pattern ENTITY_TABLE = Pattern.compile("@Table\\(name\\s*=\\s*\"(\\w+)\"");
    /**
     * Tables with an entity that SQL may still write outside the entity's repository, and where. employee: the HR
     * import upserts 100,000 rows in batches of a thousand, which the entity cannot.
     */
    private static final Map<String, String> BULK_WRITERS = Map.of("employee", "people/EmployeeRecords.java");
    private static final Pattern STATEMENT = Pattern.compile(
            "(?is)^\\s*(?:(?:select|with)\\b.*\\bfrom\\b|insert\\s+into\\b|update\\s+\\S+(?:\\s+\\w+)?\\s+set\\b|delete\\s+from\\b).*");

    @Test
    void everyTableHasAnOwner() {
        Set<String> owned = OWNERS.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
        assertThat(owned).as("tables in the owner map of this test").isEqualTo(migrationTables());
        for (Path file : javaFiles()) {
            Matcher entity = ENTITY_TABLE.matcher(read(file));
            while (entity.find()) {
                assertThat(ownerOf(entity.group(1))).as("owner of %s, whose entity is %s", entity.group(1), file)
                        .isEqualTo(SOURCES.relativize(file).getName(0).toString());
            }
        }
    }

    @Test
    void noModuleNamesAnotherModulesTable() {
        List<String> trespasses = new ArrayList<>();
        for (Path file : javaFiles()) {
            String module = SOURCES.relativize(file).getName(0).toString();
            if (module.endsWith(".java") || module.equals(EXCEPTION)) {
                continue;
            }
            for (String table : tablesNamedIn(read(file))) {
                String owner = ownerOf(table);
                if (owner != null && !owner.equals(module)) {
                    trespasses.add(SOURCES.relativize(file).toString().replace('\\', '/') + " names " + owner + "'s table " + table);
                }
            }
        }
        assertThat(trespasses).as("SQL that names another module's table (call that module's public service)").isEmpty();
    }

    /**
     * One way to persist each table: a table with an entity is written through the entity (SQL writes only in its
     * Spring Data repository), any other table by one records class.
     */
    @Test
    void eachTableIsWrittenInOnePlace() {
        Set<String> entityTables = new TreeSet<>();
        Map<String, Set<String>> writers = new java.util.TreeMap<>();
        for (Path file : javaFiles()) {
            String source = read(file);
            String name = SOURCES.relativize(file).toString().replace('\\', '/');
            Matcher entity = ENTITY_TABLE.matcher(source);
            while (entity.find()) {
                entityTables.add(entity.group(1));
            }
            for (String table : tablesWrittenIn(source)) {
                writers.computeIfAbsent(table, t -> new TreeSet<>()).add(name);
            }
        }
        List<String> problems = new ArrayList<>();
        writers.forEach((table, files) -> {
            if (entityTables.contains(table)) {
                files.stream().filter(f -> !f.endsWith("Repository.java") && !f.equals(BULK_WRITERS.get(table)))
                        .forEach(f -> problems.add(f + " writes " + table + " with SQL, which has an entity"));
            } else if (files.size() > 1) {
                problems.add(table + " is written with SQL from " + files + "; one records class should hold that SQL");
            }
        });
        assertThat(problems).as("tables written in more than one way or place").isEmpty();
    }

    /** The check itself can fail: a journey class reading people's account table is caught, its own table is not. */
    @Test
    void theCheckSeesTablesInStringsAndTextBlocks() {
        String source = """
                class X {
                    String a = "select email from mentorflow.account where id = ?";
                    String b = \"""
                            select m.number from mentorflow.meeting m
                            join mentorflow.check_in c on c.mentorship_id = m.mentorship_id\""";
                    String c = "select c.month from check_in c " + "join account a on a.id = c.account_id";
                    String d = "Your account is ready"; // not a statement: no table named
                    char e = '"'; String f = "from profile"; /* "delete from bookmark" */
                    String g = "select * from public.act_ru_task";
                    @Query(nativeQuery = true, value = "select m.id from {h-schema}mentorship m "
                            + "join {h-schema}profile p on p.account_id = m.mentee_account_id")
                }
                """;
        assertThat(tablesNamedIn(source)).containsExactlyInAnyOrder("account", "meeting", "check_in", "act_ru_task", "mentorship", "profile");
        assertThat(ownerOf("account")).isEqualTo("people");
        assertThat(tablesWrittenIn(source)).isEmpty();
        assertThat(tablesWrittenIn("""
                String a = "insert into mentorflow.bookmark (a) values (?) on conflict (a) do update set a = excluded.a";
                @Modifying @Query("update MatchRequest r set r.note = '' where r.id = :id")
                String c = "delete from mentorflow.circle_vote where " + "circle_id = ?";
                String d = "update mentorflow.circle_feedback f set comment = null where f.account_id = ?";
                """)).containsExactlyInAnyOrder("bookmark", "circle_vote", "circle_feedback");
        assertThat(ownerOf("act_ru_task")).isEqualTo("platform");
    }

    private static String ownerOf(String table) {
        // The engine's tables belong to the module that sets the engine up (its indexes, how it acquires jobs).
        if (table.startsWith("act_")) {
            return "platform";
        }
        return OWNERS.entrySet().stream().filter(e -> e.getValue().contains(table)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    /** Table names in the SQL literals of one source file; a statement split with {@code +} is read as one. */
    static Set<String> tablesNamedIn(String source) {
        Set<String> tables = new TreeSet<>();
        for (String literal : JavaStringLiterals.of(source)) {
            Matcher qualified = QUALIFIED.matcher(literal);
            while (qualified.find()) {
                tables.add(qualified.group(1).toLowerCase(Locale.ROOT));
            }
            if (STATEMENT.matcher(literal).matches()) {
                Matcher unqualified = AFTER_KEYWORD.matcher(literal);
                while (unqualified.find()) {
                    tables.add(unqualified.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        tables.removeIf(t -> ownerOf(t) == null);
        return tables;
    }

    /** Tables that SQL statements in one source file insert into, update or delete from. */
    static Set<String> tablesWrittenIn(String source) {
        Set<String> tables = new TreeSet<>();
        for (String literal : JavaStringLiterals.of(source)) {
            if (STATEMENT.matcher(literal).matches()) {
                Matcher write = WRITE.matcher(literal);
                while (write.find()) {
                    tables.add(write.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        tables.removeIf(t -> ownerOf(t) == null);
        return tables;
    }

    private static Set<String> migrationTables() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher create = CREATE_TABLE.matcher(read(file));
                while (create.find()) {
                    tables.add(create.group(1).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
