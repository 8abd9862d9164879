package com.mentorflow.matching;

import com.mentorflow.people.AccountService;
import com.mentorflow.tasks.TaskSubjectProvider;
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
    public String describe(String businessKey) {
        return requests.findById(Long.parseLong(businessKey))
                .map(request -> "Request from " + name(request.getMenteeAccountId()) + " to " + name(request.getMentorAccountId())
                        + " (" + request.getProgram().label() + ")")
                .orElse("A match request");
    }

    private String name(long accountId) {
        return accounts.findById(accountId).map(account -> account.getDisplayName()).orElse("someone");
    }
}
