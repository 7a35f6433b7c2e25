package id.canting.account.web;

import java.util.List;

import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

/** One page cut from a short list already in order (accounts, one person's tokens), with the usual page meta. */
final class InMemoryPages {

	private InMemoryPages() {
	}

	static <T> PageResponse<T> page(List<T> all, PageRequest request) {
		int from = (int) Math.min(request.offset(), all.size());
		int to = Math.min(from + request.size(), all.size());
		return PageResponse.of(List.copyOf(all.subList(from, to)), request, all.size());
	}
}
