package id.canting.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API handler that answers with a file, naming the media types it may send, so the OpenAPI
 * document lists those types with a binary body instead of the JSON that springdoc would guess from
 * {@code byte[]} or {@code StreamingResponseBody}. Set {@link #json()} where the same URL answers
 * JSON without a {@code format} (the body springdoc derived from the return type is kept).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface FileDownload {

	String PDF = "application/pdf";
	String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	String CSV = "text/csv";
	String PNG = "image/png";
	String JPEG = "image/jpeg";
	String SVG = "image/svg+xml";

	/** The media types of the files this handler sends. */
	String[] value();

	/** Whether the handler also answers JSON (with the schema of its return type). */
	boolean json() default false;
}
