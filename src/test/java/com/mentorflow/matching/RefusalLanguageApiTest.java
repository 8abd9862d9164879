package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.PreferredLanguages;
import com.mentorflow.platform.Languages;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The REST API says a refusal in the caller's language: the one they chose on their profile, else their client's
 * Accept-Language, else English. One refusal of each kind the domain makes (400, 403, 409), over real HTTP.
 */
@MentorflowTest
class RefusalLanguageApiTest {

    private static final String NOTE = "Hello, I would love to learn from you this year.";

    @Autowired TestRestTemplate http;
    @Autowired MatchRequestFixtures people;
    @Autowired PreferredLanguages languages;

    @Test
    @SuppressWarnings("unchecked")
    void refusedInputIsSaidInTheAcceptLanguage() {
        Account mentee = people.mentee("lang-400");
        Account mentor = people.mentor("lang-400m", 2);

        ResponseEntity<Map> bad = as(mentee).exchange("/api/requests", HttpMethod.POST, new HttpEntity<>(Map.of(
                "mentorAccountId", mentor.getId(), "program", "OPEN", "note", "short"), spanish()), Map.class);

        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).containsEntry("detail", "No se han aceptado algunos datos.");
        assertThat((Map<String, Object>) bad.getBody().get("problems"))
                .containsEntry("note", "Escribe una nota breve al mentor (al menos 20 caracteres).");
    }

    @Test
    void aConflictIsSaidInTheAcceptLanguageAndInEnglishWithoutOne() {
        Account mentee = people.mentee("lang-409");
        Account mentor = people.mentor("lang-409m", 2);
        long id = send(mentee, mentor);
        as(mentee).exchange("/api/requests/" + id, HttpMethod.DELETE, null, Void.class);

        ResponseEntity<Map> spanish = as(mentee).exchange("/api/requests/" + id, HttpMethod.DELETE,
                new HttpEntity<>(spanish()), Map.class);
        ResponseEntity<Map> english = as(mentee).exchange("/api/requests/" + id, HttpMethod.DELETE, null, Map.class);

        assertThat(spanish.getStatusCode().value()).isEqualTo(409);
        assertThat(spanish.getBody()).containsEntry("detail", "Esta solicitud ya está retirada.");
        assertThat(english.getBody()).containsEntry("detail", "This request is withdrawn already.");
    }

    @Test
    void aRefusalIsSaidInTheLanguageTheCallerChoseOverTheirClientsLanguage() {
        Account mentee = people.mentee("lang-403");
        Account mentor = people.mentor("lang-403m", 2);
        Account stranger = people.mentee("lang-403s");
        long id = send(mentee, mentor);
        languages.choose(stranger.getUsername(), Optional.of(Languages.GERMAN));

        ResponseEntity<Map> refused = as(stranger).exchange("/api/requests/" + id, HttpMethod.GET,
                new HttpEntity<>(spanish()), Map.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody())
                .containsEntry("detail", "Nur der Mentee, der Mentor und Programmverantwortliche lesen eine Anfrage.");
    }

    private long send(Account mentee, Account mentor) {
        var created = as(mentee).postForEntity("/api/requests", Map.of("mentorAccountId", mentor.getId(), "program", "OPEN",
                "note", NOTE), Void.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return Long.parseLong(created.getHeaders().getLocation().getPath().replace("/api/requests/", ""));
    }

    private TestRestTemplate as(Account account) {
        return http.withBasicAuth(account.getUsername(), TestPeople.PASSWORD);
    }

    private static HttpHeaders spanish() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,es;q=0.8,en;q=0.5");
        return headers;
    }
}
