package id.canting.notification.web;

import java.util.List;

import id.canting.notification.internal.OutboxAdmin.MessageDetail;

/**
 * One message with its bodies (null once purged after the retention period) and its parts listed:
 * inline images and attachments with their type and size in bytes.
 */
record NotificationDetailResponse(NotificationResponse message, String textBody, String htmlBody, List<Part> parts) {

	record Part(String name, String contentType, int sizeBytes, String disposition) {
	}

	static NotificationDetailResponse of(MessageDetail detail) {
		return new NotificationDetailResponse(NotificationResponse.of(detail.message()), detail.message().textBody(),
				detail.message().htmlBody(), detail.parts().stream()
					.map(p -> new Part(p.name(), p.contentType(), p.size(), p.inline() ? "INLINE" : "ATTACHMENT"))
					.toList());
	}
}
