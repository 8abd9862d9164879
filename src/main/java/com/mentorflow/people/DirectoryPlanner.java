package com.mentorflow.people;

import com.mentorflow.people.DirectoryPreview.Change;
import com.mentorflow.people.DirectoryPreview.FieldChange;
import com.mentorflow.people.DirectoryPreview.Person;
import com.mentorflow.people.DirectoryPreview.RowProblem;
import com.mentorflow.platform.Sentence;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * One pass over a directory file against the directory as it is now: what an import would do. The preview and the
 * import both come from here (the import hands in a sink that writes), so an import does exactly what its preview
 * showed. Only a hash of each known person is held, so a 200,000-person directory fits in memory.
 */
@Component
class DirectoryPlanner {

    static final int LISTED = 500;

    /** What the import writes and deletes; the preview is what people see of it. */
    record Plan(DirectoryPreview preview, List<String> deactivate) {
    }

    private record Known(long hash, boolean active) {
    }

    private final EmployeeRecords employees;

    DirectoryPlanner(EmployeeRecords employees) {
        this.employees = employees;
    }

    /**
     * @param writes given each new or changed row's upsert parameters as the file is read
     * @throws com.mentorflow.platform.RejectedInputException when the file as a whole is unusable
     */
    Plan plan(Reader csv, boolean deactivateMissing, Consumer<Object[]> writes, IntConsumer progress) throws IOException {
        Map<String, Known> known = new HashMap<>();
        Map<String, String> idByEmail = new HashMap<>();
        Set<String> local = new HashSet<>();
        employees.forEach((values, active) -> {
            known.put(values[0], new Known(hash(values, active), active));
            // An entry made for an account (the first admin, AccountService) is not HR's: a file row with its e-mail
            // address takes it over (DirectoryImport), and a file without it does not deactivate that person.
            if (values[0].startsWith(AccountService.LOCAL_ENTRY)) {
                local.add(values[0]);
            } else {
                idByEmail.put(values[2].toLowerCase(Locale.ROOT), values[0]);
            }
        });
        int activeBefore = (int) known.entrySet().stream().filter(e -> e.getValue().active() && !local.contains(e.getKey())).count();
        MessageDigest fingerprint = sha256();
        Set<String> seenIds = new HashSet<>();
        Map<String, String> emailsInFile = new HashMap<>();
        List<Person> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        List<Person> unchanged = new ArrayList<>();
        List<RowProblem> refused = new ArrayList<>();
        int[] counts = new int[4]; // added, changed, unchanged, refused
        int rows = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(withoutByteOrderMark(csv), format)) {
            DirectoryRow.requireColumns(parser.getHeaderNames(), DirectoryImport.COLUMNS);
            for (CSVRecord record : parser) {
                if (++rows % 1000 == 0) {
                    progress.accept(rows);
                }
                long line = record.getRecordNumber() + 1; // the header is line 1
                Sentence problem = null;
                DirectoryRow.Parsed parsed = DirectoryRow.parse(record);
                String id = parsed.employeeId();
                if (id != null && !seenIds.add(id)) {
                    problem = Sentence.of("people.directory.row.duplicateId", id);
                } else if (parsed.problem() != null) {
                    problem = parsed.problem();
                } else {
                    String email = parsed.values()[2].toString().toLowerCase(Locale.ROOT);
                    String firstWithEmail = emailsInFile.putIfAbsent(email, id);
                    String owner = idByEmail.get(email);
                    if (firstWithEmail != null || (owner != null && !owner.equals(id))) {
                        problem = Sentence.of("people.directory.row.emailTaken", email,
                                firstWithEmail != null ? firstWithEmail : owner);
                    }
                }
                if (problem != null) {
                    counts[3]++;
                    addListed(refused, new RowProblem(line, id, problem));
                    // In English whatever language the preview is read in: the import recomputes this plan and must match it.
                    digest(fingerprint, "refused", line, id, problem.english());
                    continue;
                }
                String[] values = canonical(parsed.values());
                long hash = hash(values, true);
                Known before = known.get(id);
                Person person = new Person(line, id, values[1], values[2]);
                if (before == null) {
                    counts[0]++;
                    addListed(added, person);
                    writes.accept(parsed.values());
                } else if (before.hash() != hash) {
                    counts[1]++;
                    if (changed.size() < LISTED) {
                        changed.add(new Change(line, id, values[1], fieldChanges(id, values)));
                    }
                    writes.accept(parsed.values());
                } else {
                    counts[2]++;
                    addListed(unchanged, person);
                }
                digest(fingerprint, "row", line, id, Long.toString(hash), before == null ? "new" : Long.toString(before.hash()));
            }
        }
        progress.accept(rows);

        List<String> missing = known.entrySet().stream().filter(e -> e.getValue().active() && !seenIds.contains(e.getKey())
                        && !local.contains(e.getKey()))
                .map(Map.Entry::getKey).sorted().toList();
        List<String> deactivate = deactivateMissing ? missing : List.of();
        digest(fingerprint, "deactivate", String.valueOf(deactivateMissing));
        deactivate.forEach(id -> digest(fingerprint, id));
        Sentence refusal = deactivateMissing && seenIds.size() * 2 < activeBefore
                ? Sentence.of("people.refusal.deactivateFromPartialFile", seenIds.size(), activeBefore)
                : null;
        String confirmation = deactivate.size() * 10 > activeBefore ? String.valueOf(deactivate.size()) : null;
        DirectoryPreview preview = new DirectoryPreview(HexFormat.of().formatHex(fingerprint.digest(), 0, 16), false,
                deactivateMissing, rows, activeBefore, counts[0], counts[1], counts[2], counts[3], missing.size(),
                deactivate.size(), added, changed, unchanged, refused, people(deactivate), refusal, confirmation);
        return new Plan(preview, deactivate);
    }

    /** Spreadsheet programs start a UTF-8 CSV with U+FEFF, which would otherwise be part of the first column's name. */
    private static Reader withoutByteOrderMark(Reader csv) throws IOException {
        PushbackReader reader = new PushbackReader(csv);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private List<FieldChange> fieldChanges(String id, String[] after) {
        List<FieldChange> changes = new ArrayList<>();
        employees.one(id, (values, active) -> {
            for (int i = 1; i < after.length; i++) {
                String before = values[i];
                if (!Objects.equals(before, after[i])) {
                    changes.add(new FieldChange(DirectoryImport.COLUMNS.get(i), before, after[i]));
                }
            }
            if (!active) {
                changes.add(new FieldChange("active", "no", "yes"));
            }
        });
        return changes;
    }

    private List<Person> people(List<String> ids) {
        List<String> listed = ids.subList(0, Math.min(ids.size(), LISTED));
        if (listed.isEmpty()) {
            return List.of();
        }
        return employees.namesAndEmails(listed).stream().map(p -> new Person(null, p[0], p[1], p[2])).toList();
    }

    private static <T> void addListed(List<T> list, T item) {
        if (list.size() < LISTED) {
            list.add(item);
        }
    }

    /** The row as the database gives it back as text, so file and directory compare field by field. */
    private static String[] canonical(Object[] values) {
        String[] text = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            text[i] = values[i] == null ? null : values[i].toString();
        }
        return text;
    }

    private static long hash(String[] values, boolean active) {
        MessageDigest digest = sha256();
        for (String value : values) {
            digest.update(value == null ? new byte[] {0} : ("\u0001" + value + "\u0002").getBytes(StandardCharsets.UTF_8));
        }
        digest.update((byte) (active ? 1 : 0));
        return ByteBuffer.wrap(digest.digest()).getLong();
    }

    private static void digest(MessageDigest digest, Object... parts) {
        for (Object part : parts) {
            digest.update((String.valueOf(part) + '\u0000').getBytes(StandardCharsets.UTF_8));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
