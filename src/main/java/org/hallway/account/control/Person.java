package org.hallway.account.control;

import java.io.Serializable;
import org.hallway.account.entity.Account;

/**
 * Someone as others see them: the public part of a profile. {@code headline} and {@code headshotUrl}
 * may be null; {@code headshotUrl} is relative to the context root (pages and the browser add the
 * context path).
 */
public record Person(long id, String displayName, String headline, String headshotUrl) implements Serializable {

    /** The one rule for a headshot's URL: the image servlet's path for the account's headshot image. */
    public static Person of(Account account) {
        return new Person(
                account.getId(),
                account.getDisplayName(),
                account.getHeadline(),
                headshotUrl(account.getHeadshotImageId()));
    }

    /** The URL of a headshot image (null: none). */
    public static String headshotUrl(Long imageId) {
        return imageId == null ? null : "/images/" + imageId;
    }
}
