package com.mentorflow.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing. Failures are counted per (username, client address) and per address alone:
 * after {@code failuresBeforeLock} wrong passwords in a row that pair is refused for {@code firstLock}, then each
 * further failure locks it again for twice as long, up to {@code longestLock}. The address rule is looser and
 * catches one client trying many usernames. Nothing locks an account as such: a stranger guessing elsewhere
 * never stops its owner signing in from their own address. A success clears the pair and the address's count (so
 * a shared office address is not paused by its people's typos), and a quiet spell as long as the longest lock
 * clears any count.
 * <p>
 * The counts live in this node's memory (lost on restart, not shared between nodes): with N nodes behind a
 * load balancer a client gets at most N times the attempts, which still turns guessing from seconds into days.
 */
@Component
class SignInThrottle {

    static final String FAILED = "sign-in-failed";
    static final String LOCKED = "sign-in-locked";
    private static final int MOST_TRACKED = 100_000;

    private final Map<String, Tally> tallies = new HashMap<>();
    private final SignInThrottleProperties rules;
    private final Clock clock;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    SignInThrottle(SignInThrottleProperties rules, Clock clock, AuditLog audit, PlatformTransactionManager transactions) {
        this.rules = rules;
        this.clock = clock;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Throws, without anything being checked or counted, while the pair or the address is locked. */
    void checkAllowed(String username, String address) {
        Instant now = clock.instant();
        Duration wait;
        synchronized (this) {
            Duration pair = remainingLock(pairKey(username, address), now);
            Duration alone = remainingLock(addressKey(address), now);
            wait = pair.compareTo(alone) >= 0 ? pair : alone;
        }
        if (!wait.isZero() && !wait.isNegative()) {
            throw new SignInThrottledException(wait);
        }
    }

    /** Counts a wrong username or password; audits it, and the lock it causes if it does. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        Duration pairLock;
        Duration addressLock;
        synchronized (this) {
            if (tallies.size() >= MOST_TRACKED) {
                forgetQuietTallies(now);
            }
            pairLock = tally(pairKey(username, address), now).fail(now, rules.failuresBeforeLock());
            addressLock = tally(addressKey(address), now).fail(now, rules.addressFailuresBeforeLock());
        }
        String actor = actor(username);
        transactions.executeWithoutResult(status -> {
            audit.record(actor, FAILED, "Wrong username or password from " + address + ".");
            if (pairLock != null) {
                audit.record(actor, LOCKED, "Sign-ins as " + actor + " from " + address + " are refused for "
                        + pairLock.toSeconds() + " s after repeated wrong passwords.");
            }
            if (addressLock != null) {
                audit.record(actor, LOCKED, "Sign-ins from " + address + " are refused for " + addressLock.toSeconds()
                        + " s after repeated wrong passwords for several usernames.");
            }
        });
    }

    synchronized void succeeded(String username, String address) {
        tallies.remove(pairKey(username, address));
        Tally alone = tallies.get(addressKey(address));
        if (alone != null && !alone.lockedUntil.isAfter(clock.instant())) {
            tallies.remove(addressKey(address));
        }
    }

    private Duration remainingLock(String key, Instant now) {
        Tally tally = tallies.get(key);
        return tally == null || !tally.lockedUntil.isAfter(now) ? Duration.ZERO : Duration.between(now, tally.lockedUntil);
    }

    private Tally tally(String key, Instant now) {
        Tally tally = tallies.get(key);
        if (tally == null || tally.isQuiet(now, rules.longestLock())) {
            tally = new Tally();
            tallies.put(key, tally);
        }
        return tally;
    }

    /** Bounds memory under a flood of made-up usernames: quiet counts go first, then any not locked now. */
    private void forgetQuietTallies(Instant now) {
        tallies.values().removeIf(tally -> tally.isQuiet(now, rules.longestLock()));
        if (tallies.size() >= MOST_TRACKED) {
            tallies.values().removeIf(tally -> !tally.lockedUntil.isAfter(now));
        }
    }

    private static String pairKey(String username, String address) {
        return "user " + normalized(username) + " " + address;
    }

    private static String addressKey(String address) {
        return "address " + address;
    }

    private static String normalized(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String actor(String username) {
        String name = normalized(username);
        return name.isEmpty() ? "(no username)" : name.length() > 64 ? name.substring(0, 64) : name;
    }

    private final class Tally {
        private int failures;
        private int locks;
        private Instant lockedUntil = Instant.EPOCH;
        private Instant lastFailure = Instant.EPOCH;

        /** Returns how long this failure locks the key for, or null when it does not. */
        Duration fail(Instant now, int failuresBeforeLock) {
            lastFailure = now;
            if (++failures < failuresBeforeLock) {
                return null;
            }
            locks++;
            Duration lock = rules.firstLock().multipliedBy(1L << Math.min(locks - 1, 20));
            if (lock.compareTo(rules.longestLock()) > 0) {
                lock = rules.longestLock();
            }
            lockedUntil = now.plus(lock);
            // After a lock has run out, the next wrong password locks again, for twice as long.
            failures = failuresBeforeLock - 1;
            return lock;
        }

        boolean isQuiet(Instant now, Duration quietSpell) {
            return !lockedUntil.isAfter(now) && lastFailure.plus(quietSpell).isBefore(now);
        }
    }
}
