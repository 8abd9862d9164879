package com.mentorflow.insights;

import com.mentorflow.notify.Letter;
import com.mentorflow.notify.MailOutbox;
import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.ReaderLanguages;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import com.mentorflow.platform.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A program manager's nudge on an attention list: their own words, mailed to the people who can move the item on,
 * the mail's frame and the item in each recipient's language; recorded in the audit log.
 */
@Component
class AttentionNudges {

    private record Recipient(long accountId, String email) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final MailOutbox mail;
    private final AuditLog audit;
    private final ReaderLanguages languages;

    AttentionNudges(NamedParameterJdbcTemplate jdbc, MailOutbox mail, AuditLog audit, ReaderLanguages languages) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.audit = audit;
        this.languages = languages;
    }

    void nudge(String managerUsername, AttentionLists.Item item, String message) {
        String text = message == null ? "" : message.strip();
        new RejectedInputException.Collector()
                .check(text.length() >= 10 && text.length() <= 1000, "message", Sentence.of("insights.attention.refusal.shortMessage"))
                .throwIfAny();
        List<Recipient> recipients = recipients(item);
        if (recipients.isEmpty()) {
            throw new ConflictException(Sentence.of("insights.attention.refusal.nobodyToNudge"));
        }
        for (Recipient recipient : recipients) {
            mail.enqueue(letter(recipient.email(), languages.languageOf(recipient.accountId()), item, text));
        }
        audit.record(managerUsername, "nudged", item.kind().name().toLowerCase() + " " + item.id() + ": " + text);
    }

    /** The manager's words stay as written; the list the item came from and the link read in the recipient's language. */
    static Letter letter(String email, Locale reader, AttentionLists.Item item, String text) {
        return Letter.to(email, Texts.text(reader, "insights.mail.nudge.subject", item.about().in(reader)))
                .paragraphs(text, Texts.text(reader, "insights.mail.nudge.context", Texts.text(reader, item.kind().textKey()),
                        item.why().in(reader)))
                .action(Texts.text(reader, whereToAct(item.kind())), target(item.kind()))
                .in(reader);
    }

    /** The people nudged act on their mentorship or in My tasks (requests, module tasks, circle decisions). */
    private static String whereToAct(AttentionLists.Kind kind) {
        return switch (kind) {
            case MENTORSHIPS, LEAVERS -> "insights.mail.nudge.openMyMentorship";
            case REQUESTS, MODULES, UNPUBLISHED, RENEWALS -> "insights.mail.nudge.openMyTasks";
        };
    }

    private static String target(AttentionLists.Kind kind) {
        return switch (kind) {
            case MENTORSHIPS, LEAVERS -> "/journey";
            case REQUESTS, MODULES, UNPUBLISHED, RENEWALS -> "/";
        };
    }

    private List<Recipient> recipients(AttentionLists.Item item) {
        Map<String, Object> p = Map.of("id", item.id());
        String columns = "select a.id, a.email from ";
        return switch (item.kind()) {
            case REQUESTS -> jdbc.query(columns + "mentorflow.match_request r join mentorflow.account a "
                    + "on a.id = case when r.status = 'PENDING' then r.mentor_account_id else r.mentee_account_id end "
                    + "where r.id = :id and r.status in ('PENDING', 'PENDING_APPROVAL')", p, this::recipient);
            case MENTORSHIPS, MODULES, LEAVERS -> jdbc.query(columns + "mentorflow.mentorship m join mentorflow.account a "
                    + "on a.id in (m.mentee_account_id, m.mentor_account_id) where m.id = :id and m.status = 'ACTIVE' and a.active"
                    + (item.kind() == AttentionLists.Kind.MODULES ? " and a.id = m.mentee_account_id" : ""), p, this::recipient);
            case UNPUBLISHED, RENEWALS -> jdbc.query(columns + "mentorflow.circle c join mentorflow.account a "
                    + "on a.id = c.manager_account_id where c.id = :id", p, this::recipient);
        };
    }

    private Recipient recipient(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new Recipient(row.getLong(1), row.getString(2));
    }
}
