package com.mentorflow.notify;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

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
            boolean withAttachment = message.getAttachment() != null;
            MimeMessageHelper helper = new MimeMessageHelper(mime, withAttachment, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(properties.from()));
            helper.setTo(message.getRecipient());
            helper.setSubject(message.getSubject());
            helper.setText(message.getBody());
            if (withAttachment) {
                helper.addAttachment(message.getAttachmentName(),
                        new ByteArrayResource(message.getAttachment().getBytes(StandardCharsets.UTF_8)), message.getAttachmentType());
            }
            sender.send(mime);
            return OutboxMessage.Status.SENT;
        };
    }
}
