package com.mentorflow.people;

import static com.mentorflow.people.InvitationFixtures.emailOf;
import static com.mentorflow.people.InvitationFixtures.employee;
import static com.mentorflow.people.InvitationFixtures.linkMailedTo;
import static com.mentorflow.people.InvitationFixtures.mailsTo;
import static com.mentorflow.people.InvitationFixtures.tokenIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestClocks;
import com.mentorflow.TestPeople;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.web.util.UriUtils;

/** The public pages over HTTP, as a browser without JavaScript uses them: GET the form, POST it with its CSRF token. */
@MentorflowTest
class PasswordLinkHttpTest {

    private static final String GOOD = "amber-lantern-58-orchard";
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired TestRestTemplate rest;
    @Autowired Invitations invitations;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @RegisterExtension final TestClocks clocks = new TestClocks();

    /** A page's session cookie and the CSRF token its form posts. */
    private record Form(String cookie, String csrf, ResponseEntity<String> page) {
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anInvitedPersonOpensTheLinkSetsAPasswordIsSignedInAndTheLinkIsUsedUp() {
        String id = employee(jdbc, "http", "Hugo Http");
        invitations.invite(id);
        String token = tokenIn(linkMailedTo(jdbc, emailOf(jdbc, id)));
        String path = "/set-password?token=" + token;

        Form form = open(path);
        assertThat(form.page().getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.page().getBody()).contains("Welcome to Mentorflow", "Hugo Http", ">" + id.toLowerCase() + "<");

        assertThat(post("/set-password", form.cookie(), null, "token", token, "password", GOOD, "confirmation", GOOD)
                .getStatusCode()).as("no CSRF token").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> tooShort = post("/set-password", form.cookie(), form.csrf(), "token", token,
                "password", "short", "confirmation", "short");
        assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(tooShort.getBody()).contains("A password needs at least 12 characters.", "aria-invalid=\"true\"");
        ResponseEntity<String> mismatch = post("/set-password", form.cookie(), form.csrf(), "token", token,
                "password", GOOD, "confirmation", GOOD + "!");
        assertThat(mismatch.getBody()).contains(PasswordRules.DIFFERS);

        ResponseEntity<String> done = post("/set-password", form.cookie(), form.csrf(), "token", token,
                "password", GOOD, "confirmation", GOOD);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(done.getHeaders().getLocation()).hasPath("/");
        String signedIn = cookie(done);
        assertThat(signedIn).as("a new session id, no fixation").isNotNull().isNotEqualTo(form.cookie());
        assertThat(get("/api/tasks", signedIn).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/tasks", form.cookie()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> again = get(path, null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(again.getBody()).contains(PasswordLink.Refusal.USED.sentence, "Ask your Mentorflow admin");
        assertThat(signIn(id.toLowerCase(), GOOD)).as("the password signs in on the login form").isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aSpanishBrowserReadsWhatIsWrongWithThePasswordInSpanish() {
        String id = employee(jdbc, "http-es", "Elena Http");
        invitations.invite(id);
        String token = tokenIn(linkMailedTo(jdbc, emailOf(jdbc, id)));
        Form form = open("/set-password?token=" + token);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, form.cookie());
        headers.add(HttpHeaders.ACCEPT_LANGUAGE, "es-MX,es;q=0.9");
        String body = "_csrf=" + encode(form.csrf()) + "&token=" + encode(token) + "&password=short&confirmation=other";

        ResponseEntity<String> refused = http().exchange("/set-password", HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).contains("Una contraseña necesita al menos 12 caracteres.",
                "Las dos contraseñas no coinciden.").doesNotContain(PasswordRules.TOO_SHORT, PasswordRules.DIFFERS);
    }

    @Test
    void anUnknownLinkSaysSoAndOffersANewOne() {
        ResponseEntity<String> page = get("/set-password?token=<script>", null);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains(PasswordLink.Refusal.UNKNOWN.sentence, "href=\"/forgot-password\"")
                .doesNotContain("<script>");
        assertThat(get("/set-password", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void forgotPasswordAnswersTheSameForEveryoneAndMailsAnActiveAccountAtMostOncePerFiveMinutes() {
        Account person = TestPeople.participant(accounts, "forgot");
        Form form = open("/forgot-password");

        ResponseEntity<String> known = post("/forgot-password", form.cookie(), form.csrf(), "who", person.getUsername());
        ResponseEntity<String> unknown = post("/forgot-password", form.cookie(), form.csrf(), "who", "nobody-" + System.nanoTime());
        ResponseEntity<String> unknownAddress = post("/forgot-password", form.cookie(), form.csrf(), "who", "nobody@example.com");
        assertThat(known.getStatusCode()).isEqualTo(unknown.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(known.getBody()).contains(PasswordLinkController.SENT);
        // The CSRF token is masked afresh in every answer; apart from it the three pages are the same, byte for byte.
        assertThat(withoutCsrf(known)).isEqualTo(withoutCsrf(unknown)).isEqualTo(withoutCsrf(unknownAddress));
        assertThat(mailsTo(jdbc, person.getEmail())).isEqualTo(1);

        post("/forgot-password", form.cookie(), form.csrf(), "who", person.getEmail().toUpperCase());
        assertThat(mailsTo(jdbc, person.getEmail())).as("throttled").isEqualTo(1);
        clocks.advance(Duration.ofMinutes(5));
        post("/forgot-password", form.cookie(), form.csrf(), "who", person.getEmail().toUpperCase());
        assertThat(mailsTo(jdbc, person.getEmail())).isEqualTo(2);

        String link = linkMailedTo(jdbc, person.getEmail());
        Form reset = open(link.substring(link.indexOf("/set-password")));
        assertThat(reset.page().getBody()).contains("Set a new password", person.getUsername());
        assertThat(post("/set-password", reset.cookie(), reset.csrf(), "token", tokenIn(link), "password", GOOD,
                "confirmation", GOOD).getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(signIn(person.getUsername(), TestPeople.PASSWORD)).as("the old password is gone").isFalse();
        assertThat(signIn(person.getUsername(), GOOD)).isTrue();
    }

    private TestRestTemplate http() {
        return rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    private Form open(String path) {
        ResponseEntity<String> page = get(path, null);
        Matcher csrf = HIDDEN_CSRF.matcher(String.valueOf(page.getBody()));
        assertThat(csrf.find()).as("the form carries the CSRF token").isTrue();
        return new Form(cookie(page), csrf.group(1), page);
    }

    private ResponseEntity<String> get(String path, String cookie) {
        HttpHeaders headers = new HttpHeaders();
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie);
        }
        return http().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> post(String path, String cookie, String csrf, String... fields) {
        StringBuilder body = new StringBuilder(csrf == null ? "" : "_csrf=" + encode(csrf));
        for (int i = 0; i < fields.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(fields[i]).append('=').append(encode(fields[i + 1]));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookie);
        return http().exchange(path, HttpMethod.POST, new HttpEntity<>(body.toString(), headers), String.class);
    }

    /** Through the login form, as LoginBrowserTest does: true when it lands anywhere but ?error. */
    private boolean signIn(String username, String password) {
        ResponseEntity<String> login = get("/login", null);
        Matcher csrf = META_CSRF.matcher(String.valueOf(login.getBody()));
        assertThat(csrf.find()).isTrue();
        ResponseEntity<String> result = post("/login", cookie(login), csrf.group(1), "username", username, "password", password);
        return result.getHeaders().getLocation() != null && result.getHeaders().getLocation().getQuery() == null;
    }

    private static String withoutCsrf(ResponseEntity<String> page) {
        return HIDDEN_CSRF.matcher(page.getBody()).replaceAll("name=\"_csrf\" value=\"\"");
    }

    private static String cookie(ResponseEntity<String> response) {
        String setCookie = response.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        return setCookie == null ? null : setCookie.split(";", 2)[0];
    }

    private static String encode(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }
}
