package id.canting.registry.web.ikm;

import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.registry.internal.IkmChangeStatus;
import id.canting.registry.internal.IkmChanges;
import id.canting.registry.web.RegistryViews;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.table.AllPages;
import id.canting.shared.table.TableDefinition;
import id.canting.shared.table.TableDownloads;
import id.canting.shared.table.DownloadParams;
import id.canting.shared.table.TableRequest;
import id.canting.shared.web.FileDownload;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Owners' changes as CSV or XLSX ({@code ?format=csv|xlsx&lang=id|en}), one row per change with its
 * fields as {@code Field: now → proposed} labelled as the queue labels them: the queue page's download
 * ({@code /ikm/changes/export}, pending changes) and the API's ({@code /api/v1/ikm/changes/export},
 * any {@code status}), within the reader's province as the queue is.
 */
@RestController
@Tag(name = "IKM changes under review")
class IkmChangeDownloadController {

	/** Fields whose values are codes, and the message prefix of their labels. */
	static final Map<String, String> CODED = Map.of("ownerGender", "gender.", "kind", "kind.", "techniques",
			"technique.", "categories", "category.", "dyes", "dye.");

	private final IkmChanges changes;
	private final RegistryViews views;
	private final MessageSource messages;
	private final TableDownloads downloads;
	private final TableDefinition<IkmChangeView> table;

	IkmChangeDownloadController(IkmChanges changes, RegistryViews views, MessageSource messages,
			TableDownloads downloads) {
		this.changes = changes;
		this.views = views;
		this.messages = messages;
		this.downloads = downloads;
		this.table = TableDefinition.<IkmChangeView>of("ikm-changes", "ikm.change.queue.title")
			.number("table.col.ikmId", IkmChangeView::ikmId)
			.text("field.name", IkmChangeView::ikmName)
			.text("field.regency", IkmChangeView::regencyName)
			.label("field.status", "ikm.change.status.", IkmChangeView::status)
			.localisedText("ikm.change.title", this::lines)
			.text("table.col.proposedBy", IkmChangeView::proposedBy)
			.dateTime("table.col.proposedAt", IkmChangeView::proposedAt);
	}

	@GetMapping("/ikm/changes/export")
	void queue(@RequestParam(required = false) String province, @ParameterObject @ModelAttribute DownloadParams download, Actor actor, HttpServletResponse response) throws IOException {
		send(actor, province, IkmChangeStatus.PENDING, download.request(), response);
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping("/api/v1/ikm/changes/export")
	void list(@RequestParam(required = false) IkmChangeStatus status, @RequestParam(required = false) String province,
			@ParameterObject @ModelAttribute DownloadParams download, Actor actor,
			HttpServletResponse response) throws IOException {
		send(actor, province, status, download.request(), response);
	}

	private void send(Actor actor, String province, IkmChangeStatus status, TableRequest request,
			HttpServletResponse response) throws IOException {
		PageRequest oldestFirst = PageRequest.of(0, 20, null, Set.of("proposedAt"), "proposedAt");
		downloads.send(response, request, table,
				AllPages.of(oldestFirst, page -> changes.queue(actor, province, status, page).map(views::changeView)));
	}

	private String lines(IkmChangeView change, Locale locale) {
		return change.lines().stream()
			.map(l -> messages.getMessage("field." + l.field(), null, l.field(), locale) + ": "
					+ value(l.field(), l.current(), locale) + " → " + value(l.field(), l.proposed(), locale))
			.collect(Collectors.joining("; "));
	}

	private String value(String field, Object value, Locale locale) {
		if (value == null || value instanceof Collection<?> list && list.isEmpty()) {
			return messages.getMessage("ikm.change.no-value", null, locale);
		}
		String prefix = CODED.get(field);
		if (prefix == null) {
			return value.toString();
		}
		Collection<?> codes = value instanceof Collection<?> list ? list : java.util.List.of(value);
		return codes.stream().map(code -> messages.getMessage(prefix + code, null, code.toString(), locale))
			.collect(Collectors.joining(", "));
	}
}
