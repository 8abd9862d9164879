package com.mentorflow.matching;

import com.mentorflow.people.Program;
import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The weight of each criterion per program (0–100), admin-editable with an audit entry for each change. */
@Service
public class MatchingWeights {

    static final Map<Program, Map<MatchingCriterion, Integer>> DEFAULTS = Map.of(
            Program.NEW_HIRE, weights(25, 15, 15, 10, 10, 10, 10, 5, 15, 5),
            Program.OPEN, weights(5, 5, 5, 15, 15, 10, 15, 10, 25, 5));

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    /** Another node's change shows here after this long at the latest; this node's at once. */
    private static final long CACHE_NANOS = 30_000_000_000L;

    private record Cached(Map<MatchingCriterion, Integer> weights, long loadedAt) {
    }

    private final Map<Program, Cached> cache = new ConcurrentHashMap<>();

    MatchingWeights(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Stored weights over the defaults; cached for 30 seconds and dropped on every change made here. */
    public Map<MatchingCriterion, Integer> of(Program program) {
        long now = System.nanoTime();
        return cache.compute(program, (key, cached) -> cached == null || now - cached.loadedAt() > CACHE_NANOS
                ? new Cached(load(key), now) : cached).weights();
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN_ROLE)
    public void update(Program program, Map<MatchingCriterion, Integer> weights, String actor) {
        new RejectedInputException.Collector()
                .check(program != null && program.isOneToOne(), "program", Sentence.of("matching.refusal.weightsOneToOne"))
                .check(weights != null && weights.keySet().containsAll(java.util.List.of(MatchingCriterion.values())),
                        "weights", Sentence.of("matching.refusal.weightForEvery"))
                .throwIfAny();
        RejectedInputException.Collector check = new RejectedInputException.Collector();
        weights.forEach((criterion, weight) -> check.check(weight != null && weight >= 0 && weight <= 100,
                criterion.name(), Sentence.of("matching.refusal.weightRange", Sentence.of("matching.refusal.criterion." + criterion.name()))));
        check.check(weights.values().stream().mapToInt(w -> w == null ? 0 : w).sum() > 0, "weights",
                Sentence.of("matching.refusal.weightAboveZero"));
        check.throwIfAny();
        Map<MatchingCriterion, Integer> before = of(program);
        for (Map.Entry<MatchingCriterion, Integer> entry : weights.entrySet()) {
            jdbc.update("""
                    insert into mentorflow.matching_weight (program, criterion, weight) values (?, ?, ?)
                    on conflict (program, criterion) do update set weight = excluded.weight""",
                    program.name(), entry.getKey().name(), entry.getValue());
        }
        String changes = weights.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(before.get(entry.getKey())))
                .map(entry -> entry.getKey().name() + " " + before.get(entry.getKey()) + " -> " + entry.getValue())
                .collect(Collectors.joining(", "));
        audit.record(actor, "matching-weights-changed", program.name() + ": " + (changes.isEmpty() ? "no change" : changes));
        cache.remove(program);
        // A reader between this point and the commit would cache the old weights again; drop them once more.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.remove(program);
            }
        });
    }

    private Map<MatchingCriterion, Integer> load(Program program) {
        Map<MatchingCriterion, Integer> weights = new EnumMap<>(DEFAULTS.getOrDefault(program, weights(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        jdbc.query("select criterion, weight from mentorflow.matching_weight where program = ?", row -> {
            weights.put(MatchingCriterion.valueOf(row.getString("criterion")), (int) row.getShort("weight"));
        }, program.name());
        return Collections.unmodifiableMap(weights);
    }

    private static Map<MatchingCriterion, Integer> weights(int... values) {
        Map<MatchingCriterion, Integer> weights = new EnumMap<>(MatchingCriterion.class);
        for (MatchingCriterion criterion : MatchingCriterion.values()) {
            weights.put(criterion, values[criterion.ordinal()]);
        }
        return Collections.unmodifiableMap(weights);
    }
}
