package com.mentorflow.notify;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP when {@code spring.mail.host} is set (Boot then provides a JavaMailSender); otherwise mail is captured. */
@Configuration(proxyBeanMethods = false)
class MailTransportConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailTransportConfiguration.class);

    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> smtp, MailProperties properties) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host): mail is captured and shown on the Outbox view");
            return message -> OutboxMessage.Status.CAPTURED;
        }
        return message -> {
            MimeMessage mime = sender.createMimeMessage();
            MimeLetters.fill(mime, message, properties.from());
            sender.send(mime);
            return OutboxMessage.Status.SENT;
        };
    }
}
