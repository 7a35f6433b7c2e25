package id.canting.registry.web.ikm;

import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

import id.canting.registry.IkmChangeId;
import id.canting.registry.internal.IkmChangeStatus;
import id.canting.registry.internal.IkmChanges;
import id.canting.registry.IkmId;
import id.canting.registry.web.RegistryViews;
import id.canting.registry.web.ReturnRequest;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

/**
 * Owners' changes to reviewed IKM fields for other systems: the province's queue, an IKM's changes,
 * and the office's accept and return (the owner's withdraw). Owners propose with {@code PUT /api/v1/ikm/{id}}.
 */
@RestController
@RequestMapping("/api/v1/ikm")
@Tag(name = "IKM changes under review", description = "Owners' changes to identity and figure fields, accepted or returned by the province's office")
class IkmChangeApiController {

	private final IkmChanges changes;
	private final RegistryViews views;

	IkmChangeApiController(IkmChanges changes, RegistryViews views) {
		this.changes = changes;
		this.views = views;
	}

	/** Changes in a status (default PENDING), oldest first: an officer's province, or any for admins. */
	@GetMapping("/changes")
	PageResponse<IkmChangeResponse> queue(@RequestParam(required = false) IkmChangeStatus status,
			@RequestParam(required = false) String province, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Actor actor) {
		PageRequest request = PageRequest.of(page, size, null, Set.of("proposedAt"), "proposedAt");
		return changes.queue(actor, province, status, request).map(views::change);
	}

	/** The IKM's changes, latest first, whatever became of them. */
	@GetMapping("/{id}/changes")
	List<IkmChangeResponse> ofIkm(@PathVariable long id, Actor actor) {
		return changes.changesOf(actor, new IkmId(id)).stream().map(views::change).toList();
	}

	@GetMapping("/{id}/changes/{changeId}")
	IkmChangeResponse get(@PathVariable long id, @PathVariable long changeId, Actor actor) {
		return views.change(changes.change(actor, new IkmId(id), new IkmChangeId(changeId)));
	}

	/** The office accepts: the change applies to the IKM and its figures now. */
	@PostMapping("/{id}/changes/{changeId}/accept")
	IkmChangeResponse accept(@PathVariable long id, @PathVariable long changeId, Actor actor) {
		return views.change(changes.accept(actor, new IkmId(id), new IkmChangeId(changeId)));
	}

	/** The office sends the change back: {@code {"reason": "..."}}, required. */
	@PostMapping("/{id}/changes/{changeId}/return")
	IkmChangeResponse returnToOwner(@PathVariable long id, @PathVariable long changeId,
			@RequestBody(required = false) ReturnRequest request, Actor actor) {
		return views.change(changes.returnToOwner(actor, new IkmId(id), new IkmChangeId(changeId),
				request == null ? null : request.reason()));
	}

	/** The owner takes the open change back. */
	@PostMapping("/{id}/changes/{changeId}/withdraw")
	IkmChangeResponse withdraw(@PathVariable long id, @PathVariable long changeId, Actor actor) {
		return views.change(changes.withdraw(actor, new IkmId(id), new IkmChangeId(changeId)));
	}
}
