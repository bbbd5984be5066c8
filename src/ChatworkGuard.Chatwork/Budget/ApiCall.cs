namespace ChatworkGuard.Chatwork.Budget;

/// <summary>One request as the budget sees it: its priority and, for posts, the room whose posting limit it counts against.</summary>
/// <param name="Priority">Who yields to whom when the budget runs short.</param>
/// <param name="PostingRoomId">The room for <c>POST /rooms/{id}/messages</c> and <c>/tasks</c>; null for everything else.</param>
public readonly record struct ApiCall(RequestPriority Priority, long? PostingRoomId = null);
