package org.cbeckg.article;

import org.cbeckg.CbecKgException;

/** The file cannot be read as an article: not UTF-8, binary, no front matter or no body. */
public final class ArticleFormatException extends CbecKgException {
    public ArticleFormatException(String file, String reason) {
        super(file, reason);
    }

    public ArticleFormatException(String file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
