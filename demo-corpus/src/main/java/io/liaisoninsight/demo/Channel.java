package io.liaisoninsight.demo;

/** How a petition arrived: 来信 / 来访 / 网上信访 / 12309热线 / 代表委员转办 (petitions.v1 {@code channel}). */
public enum Channel {
    LETTER, VISIT, ONLINE, PHONE_12309, DEPUTY_REFERRAL
}
