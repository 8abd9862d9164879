package com.mentorflow.matching;

import com.mentorflow.people.AccountService;
import com.mentorflow.platform.Texts;
import com.mentorflow.tasks.TaskSubjectProvider;
import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
class MatchRequestTaskSubjects implements TaskSubjectProvider {

    private final MatchRequestRepository requests;
    private final AccountService accounts;

    MatchRequestTaskSubjects(MatchRequestRepository requests, AccountService accounts) {
        this.requests = requests;
        this.accounts = accounts;
    }

    @Override
    public String processDefinitionKey() {
        return MatchRequestProcess.PROCESS_KEY;
    }

    @Override
    public String describe(String businessKey, Locale reader) {
        return requests.findById(Long.parseLong(businessKey))
                .map(request -> Texts.text(reader, "matching.subject.request", name(request.getMenteeAccountId(), reader),
                        name(request.getMentorAccountId(), reader), request.getProgram().label(reader)))
                .orElseGet(() -> Texts.text(reader, "matching.subject.unknown"));
    }

    private String name(long accountId, Locale reader) {
        return accounts.findById(accountId).map(account -> account.getDisplayName())
                .orElseGet(() -> Texts.text(reader, "matching.subject.someone"));
    }
}
