package id.canting.notification.internal;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import id.canting.notification.internal.OutboxStore.StoredPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Turns a stored message into the MIME message a mail client expects: text only when there is
 * nothing else; otherwise multipart/mixed holding multipart/related (the text and HTML alternatives
 * with the inline images the HTML shows as {@code cid:name}) and the attachments. UTF-8 throughout,
 * with the message's language as {@code Content-Language}.
 */
final class MailComposer {

	private MailComposer() {
	}

	static MimeMessage compose(JavaMailSender mail, String from, StoredMessage message, List<StoredPart> parts,
			Date sentDate) throws MessagingException {
		MimeMessage mime = mail.createMimeMessage();
		boolean multipart = message.htmlBody() != null || !parts.isEmpty();
		MimeMessageHelper helper = new MimeMessageHelper(mime,
				multipart ? MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED : MimeMessageHelper.MULTIPART_MODE_NO,
				StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setSentDate(sentDate);
		if (message.htmlBody() != null) {
			helper.setText(message.textBody(), message.htmlBody());
		}
		else {
			helper.setText(message.textBody());
		}
		for (StoredPart part : parts) {
			ByteArrayResource content = new ByteArrayResource(part.content());
			if (part.inline()) {
				helper.addInline(part.name(), content, part.contentType());
			}
			else {
				helper.addAttachment(part.name(), content, part.contentType());
			}
		}
		mime.setHeader("Content-Language", message.language().toLanguageTag());
		mime.setHeader("X-Canting-Message", Long.toString(message.id()));
		return mime;
	}
}
