import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail sink for .ci/run's two-node test: `java .ci/SmtpSink.java PORT OUTFILE`. Speaks just enough SMTP for JavaMail
 * and writes one line per message it accepted, "epoch-millis TAB envelope-recipient TAB subject", so the test counts
 * what was delivered rather than what the outbox table says. A JDK is the one thing every CI machine has.
 */
public class SmtpSink {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java SmtpSink.java PORT OUTFILE");
            System.exit(2);
        }
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8), true);
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 50, InetAddress.getLoopbackAddress())) {
            System.out.println("SMTP sink listening on 127.0.0.1:" + args[0]);
            while (true) {
                Socket client = server.accept();
                new Thread(() -> converse(client, out)).start();
            }
        }
    }

    private static void converse(Socket client, PrintWriter out) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream reply = client.getOutputStream()) {
            say(reply, "220 sink ready");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> say(reply, "250 sink");
                    case "MAIL" -> { recipients.clear(); say(reply, "250 ok"); }
                    case "RCPT" -> { recipients.add(address(line)); say(reply, "250 ok"); }
                    case "DATA" -> {
                        say(reply, "354 end with <CRLF>.<CRLF>");
                        String subject = subjectOf(in);
                        long at = System.currentTimeMillis();
                        // Recorded before the 250: a message the sender counts as delivered is always in the file.
                        synchronized (out) {
                            for (String recipient : recipients) {
                                out.println(at + "\t" + recipient + "\t" + subject);
                            }
                        }
                        say(reply, "250 accepted");
                    }
                    case "RSET" -> { recipients.clear(); say(reply, "250 ok"); }
                    case "QUIT" -> { say(reply, "221 bye"); return; }
                    default -> say(reply, "250 ok");
                }
            }
        } catch (IOException e) {
            System.err.println("connection ended: " + e.getMessage());
        }
    }

    /** Reads the message up to the lone dot; answers its Subject header, unfolded and decoded. */
    private static String subjectOf(BufferedReader in) throws IOException {
        StringBuilder subject = null;
        boolean inHeaders = true;
        boolean inSubject = false;
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            if (!inHeaders) {
                continue;
            }
            if (line.isEmpty()) {
                inHeaders = false;
            } else if (inSubject && (line.startsWith(" ") || line.startsWith("\t"))) {
                subject.append(line);
            } else {
                inSubject = line.regionMatches(true, 0, "Subject:", 0, 8);
                if (inSubject) {
                    subject = new StringBuilder(line.substring(8));
                }
            }
        }
        return subject == null ? "" : decode(subject.toString().strip());
    }

    /** RFC 2047 encoded words ("=?UTF-8?Q?...?="), as JavaMail writes a subject that is not plain ASCII. */
    private static String decode(String header) {
        String joined = header.replaceAll("\\?=\\s+=\\?", "?==?");
        Matcher word = ENCODED_WORD.matcher(joined);
        StringBuilder decoded = new StringBuilder();
        while (word.find()) {
            byte[] bytes = word.group(2).equalsIgnoreCase("B") ? Base64.getDecoder().decode(word.group(3))
                    : quotedPrintable(word.group(3));
            word.appendReplacement(decoded, Matcher.quoteReplacement(new String(bytes,
                    java.nio.charset.Charset.forName(word.group(1)))));
        }
        word.appendTail(decoded);
        return decoded.toString();
    }

    private static byte[] quotedPrintable(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < text.length()) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    private static String address(String rcpt) {
        int open = rcpt.indexOf('<');
        int close = rcpt.indexOf('>');
        return open >= 0 && close > open ? rcpt.substring(open + 1, close) : rcpt.substring(rcpt.indexOf(':') + 1).strip();
    }

    private static void say(OutputStream reply, String text) throws IOException {
        reply.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        reply.flush();
    }
}
