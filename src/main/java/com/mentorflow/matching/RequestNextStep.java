package com.mentorflow.matching;

import com.mentorflow.platform.Languages;
import com.mentorflow.platform.Sentence;
import com.mentorflow.platform.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What happens next with a request ("Expires in 9 days", or why it closed), as a sentence the reader's view says in
 * their language. The reasons a request stores are English phrases (the engine's decision table, a decline reason's
 * label, the platform's own causes); those Mentorflow ships are said in the reader's language, anything else (a
 * program manager's own words, a rule an admin wrote) as it was written.
 */
final class RequestNextStep {

    /** Keys whose English is a phrase a request may store as its approval or decision reason. */
    private static final List<String> SHIPPED_PHRASES = List.of("matching.stored.sameSiteNewHire",
            "matching.stored.mentorNotAbove", "matching.stored.mentorAtCapacity", "matching.stored.notApproved",
            "matching.stored.mentorFull", "matching.stored.withdrawnByMentee", "matching.stored.matchedElsewhere",
            "matching.stored.hasMentor", "matching.stored.menteeLeft", "matching.stored.mentorLeft",
            "matching.stored.erased", "matching.declineReason.NO_TIME", "matching.declineReason.NOT_A_FIT",
            "matching.declineReason.TIMING", "matching.declineReason.OTHER");

    private RequestNextStep() {
    }

    static Sentence of(MatchRequest request, Instant now) {
        return switch (request.getStatus()) {
            case PENDING_APPROVAL -> Sentence.of("matching.next.approvalFirst", said(request.getApprovalReason()));
            case PENDING -> {
                if (request.getExpiresAt() == null) {
                    yield Sentence.of("matching.next.waiting");
                }
                Duration left = Duration.between(now, request.getExpiresAt());
                yield left.isNegative() || left.isZero() ? Sentence.of("matching.next.expiringNow")
                        : Sentence.of("matching.next.expiresIn", roughly(left));
            }
            case ACCEPTED -> Sentence.of("matching.next.started");
            case DECLINED -> request.getDecisionText() == null
                    ? Sentence.of("matching.next.declined", said(request.getDecisionReason()))
                    : Sentence.of("matching.next.declinedSaying", said(request.getDecisionReason()), request.getDecisionText());
            case WITHDRAWN -> Sentence.of("matching.next.withdrawn", said(request.getDecisionReason()));
            case EXPIRED -> Sentence.of("matching.next.expired");
            case REJECTED -> Sentence.of("matching.next.rejected", Sentence.asIs(String.valueOf(request.getDecisionText())));
        };
    }

    /** "9 days", "5 hours", "1 minute": the largest whole unit. */
    static Sentence roughly(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHours();
        long minutes = Math.max(1, duration.toMinutes());
        return days >= 1 ? Sentence.of("matching.next.days", days)
                : hours >= 1 ? Sentence.of("matching.next.hours", hours) : Sentence.of("matching.next.minutes", minutes);
    }

    /** A stored phrase in the reader's language when Mentorflow shipped it, else as written. */
    static Sentence said(String stored) {
        String phrase = String.valueOf(stored);
        return SHIPPED_PHRASES.stream().filter(key -> Texts.text(Languages.ENGLISH, key).equals(phrase)).findFirst()
                .map(Sentence::of).orElseGet(() -> Sentence.asIs(phrase));
    }
}
