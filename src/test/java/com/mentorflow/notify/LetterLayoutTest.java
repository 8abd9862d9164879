package com.mentorflow.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The one mail layout: what a letter says reaches both parts, escaped in HTML, with an address anyone can open. */
class LetterLayoutTest {

    private final LetterLayout layout = new LetterLayout("https://mentor.example.com/");

    private final Letter letter = Letter.to("ana@example.com", "<script>alert(1)</script> asks to join Readers")
            .greeting("Hello Ana & <b>Bo</b>,")
            .text("""
                    <script>alert(1)</script> would like to join Readers as member:

                    I read "everything" <img src=x onerror=alert(2)>
                    and then some.

                    Open My tasks in Mentorflow to approve or decline.
                    """)
            .action("Open My tasks", "/inbox?from=mail&x=1")
            .program("Circles <i>");

    @Test
    void namesAndNotesAreEscapedInTheHtml() {
        String html = layout.render(letter).html();

        assertThat(html).doesNotContain("<script>", "<img", "<b>Bo", "<i>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; would like to join Readers",
                        "Hello Ana &amp; &lt;b&gt;Bo&lt;/b&gt;,", "&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;", "Circles &lt;i&gt;");
    }

    @Test
    void theActionLinksToTheAbsoluteAddressInMentorflow() {
        LetterLayout.Rendered rendered = layout.render(letter);

        // The template engine also escapes "=" (as &#x3D;), which a browser reads back as "=".
        assertThat(rendered.html()).contains("href=\"https://mentor.example.com/inbox?from&#x3D;mail&amp;x&#x3D;1\"",
                ">Open My tasks</a>");
        assertThat(rendered.text()).contains("Open My tasks: https://mentor.example.com/inbox?from=mail&x=1");
    }

    @Test
    void anAbsoluteLinkStaysAsItIsAndNoOtherKindOfLinkIsAccepted() {
        Letter reset = Letter.to("bo@example.com", "Set a new password").paragraphs("Choose it.")
                .action("Choose a new password", "https://mentor.example.com/set-password?token=abc");

        assertThat(layout.render(reset).text()).contains("Choose a new password: https://mentor.example.com/set-password?token=abc");
        assertThatThrownBy(() -> new Letter.Action("Open", "javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTextAlternativeSaysWhatTheLetterSaysAsWritten() {
        String text = layout.render(letter).text();

        assertThat(text).isEqualTo("""
                Hello Ana & <b>Bo</b>,

                <script>alert(1)</script> would like to join Readers as member:

                I read "everything" <img src=x onerror=alert(2)>
                and then some.

                Open My tasks in Mentorflow to approve or decline.

                Open My tasks: https://mentor.example.com/inbox?from=mail&x=1

                --\s
                Program: Circles <i>
                %s
                """.formatted(LayoutTexts.of(letter.locale()).footer()));
    }

    @Test
    void theHtmlCarriesTheProgramTheFooterAndEveryParagraph() {
        String html = layout.render(letter).html();

        assertThat(html).contains("Mentorflow", "Program: Circles", LayoutTexts.of(letter.locale()).footer(), "and then some.",
                "Open My tasks in Mentorflow to approve or decline.", "lang=\"en\"");
    }

    @Test
    void aLetterWithoutGreetingProgramOrActionLeavesThemOut() {
        LetterLayout.Rendered rendered = layout.render(Letter.to("c@example.com", "Closed").paragraphs("Nothing to do."));

        assertThat(rendered.text()).startsWith("Nothing to do.\n\n-- \n").doesNotContain("Program:", "http");
        assertThat(rendered.html()).doesNotContain("Program:", "If the button does not work");
    }

    /** The layout's own words follow the recipient's language, in both parts; the author's words stay as given. */
    @Test
    void aSpanishRecipientReadsTheLayoutInSpanish() {
        Letter spanish = Letter.to("lucia@example.com", "Tu mentoría").paragraphs("Hola.").action(null, "/journey")
                .program("Círculos").in(java.util.Locale.forLanguageTag("es-MX"));

        LetterLayout.Rendered rendered = layout.render(spanish);

        assertThat(rendered.html()).contains("lang=\"es-MX\"", "Programa: Círculos", ">Abrir en Mentorflow</a>",
                "Si el botón no funciona, copia esta dirección en tu navegador:",
                "Recibes este correo porque participas en el programa de mentoría de tu empresa")
                .doesNotContain("Program:", "If the button", "You get this mail");
        assertThat(rendered.text()).contains("Abrir en Mentorflow: https://mentor.example.com/journey", "Programa: Círculos",
                "Se envió automáticamente.");
    }

    @Test
    void eachLanguageHasItsOwnLayoutWordsAndEnglishStaysAsItWas() {
        assertThat(LayoutTexts.of(java.util.Locale.ENGLISH)).isEqualTo(new LayoutTexts("Open in Mentorflow",
                "If the button does not work, copy this address into your browser:",
                "You get this mail because you take part in mentoring at your company through Mentorflow. It was sent automatically.",
                "Program:"));
        assertThat(LayoutTexts.of(java.util.Locale.GERMAN).programLine()).isEqualTo("Programm:");
        assertThat(LayoutTexts.of(java.util.Locale.forLanguageTag("hi-IN")).openAction()).isEqualTo("Mentorflow में खोलें");
    }

    /** Not an assertion: the rendered sample, to look at in a browser (target/mail-sample.html). */
    @Test
    void writesASampleToLookAt() throws IOException {
        Letter sample = Letter.to("ana@example.com", "Ana Lima asks to join Readers' Circle")
                .text("""
                        Ana Lima would like to join Readers' Circle as member:

                        I have read a book a week since school and would love to talk about them.

                        Open My tasks in Mentorflow to approve or decline.
                        """)
                .action("Open My tasks", "/").program("Circles");
        Path file = Path.of("target", "mail-sample.html");
        Files.createDirectories(file.getParent());
        Files.writeString(file, layout.render(sample).html());
        assertThat(file).exists();
    }
}
