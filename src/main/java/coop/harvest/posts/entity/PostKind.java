package coop.harvest.posts.entity;

/** What a post is: news, a policy, a market bulletin, or a notice. */
public enum PostKind {
    NEWS, POLICY, MARKET, NOTICE
}
