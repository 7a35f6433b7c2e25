package id.canting.development.web;

import org.springframework.web.multipart.MultipartFile;

/** The form that adds a photo of the sentra (JPEG or PNG, recognised by content) with an optional caption. */
public class PhotoForm {

	private MultipartFile file;
	private String caption;

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getCaption() {
		return caption;
	}

	public void setCaption(String caption) {
		this.caption = caption;
	}
}
