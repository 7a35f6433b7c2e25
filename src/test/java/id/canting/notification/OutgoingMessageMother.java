package id.canting.notification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Test messages: {@code aMessage().to("sari@example.id").withAttachment(...).build()}. */
public final class OutgoingMessageMother {

	private String recipient = "sari.wulandari@example.id";
	private Locale language = Locale.forLanguageTag("id");
	private String subject = "Permohonan Anda disetujui";
	private String textBody = "Selamat, permohonan Anda disetujui.";
	private String htmlBody;
	private final List<MessagePart> inline = new ArrayList<>();
	private final List<MessagePart> attachments = new ArrayList<>();
	private String topic = "programme.application";
	private String reference = "APP-1";

	private OutgoingMessageMother() {
	}

	public static OutgoingMessageMother aMessage() {
		return new OutgoingMessageMother();
	}

	/** A 1x1 PNG, enough for a mail client to show an image. */
	public static byte[] tinyPng() {
		return java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
	}

	public OutgoingMessageMother to(String recipient) {
		this.recipient = recipient;
		return this;
	}

	public OutgoingMessageMother in(Locale language) {
		this.language = language;
		return this;
	}

	public OutgoingMessageMother subject(String subject) {
		this.subject = subject;
		return this;
	}

	public OutgoingMessageMother text(String textBody) {
		this.textBody = textBody;
		return this;
	}

	public OutgoingMessageMother html(String htmlBody) {
		this.htmlBody = htmlBody;
		return this;
	}

	public OutgoingMessageMother withInlineImage(String name) {
		inline.add(new MessagePart(name, "image/png", tinyPng()));
		return this;
	}

	public OutgoingMessageMother withAttachment(String name, String contentType, String content) {
		attachments.add(new MessagePart(name, contentType, content.getBytes(StandardCharsets.UTF_8)));
		return this;
	}

	public OutgoingMessageMother withAttachment(MessagePart part) {
		attachments.add(part);
		return this;
	}

	public OutgoingMessageMother topic(String topic) {
		this.topic = topic;
		return this;
	}

	public OutgoingMessageMother reference(String reference) {
		this.reference = reference;
		return this;
	}

	public OutgoingMessage build() {
		return new OutgoingMessage(recipient, language, subject, textBody, htmlBody, List.copyOf(inline),
				List.copyOf(attachments), topic, reference);
	}
}
