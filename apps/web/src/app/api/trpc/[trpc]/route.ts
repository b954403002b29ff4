import { MAX_TRPC_BODY_BYTES } from "@newsquiz/api/server";
import { registerDirectTrpc } from "@/server/direct-trpc";
import { answerDirectTrpc, handleTrpcRequest } from "@/server/trpc-handler";

// server.cts answers tRPC requests through this module's handler from now on, without Next's request path (all
// but the calls that change articles, which still come here): one instance of the API in the server's memory.
registerDirectTrpc({ answer: answerDirectTrpc, maxBodyBytes: MAX_TRPC_BODY_BYTES });

function handler(req: Request): Promise<Response> {
  return handleTrpcRequest(req, { inNextRequest: true });
}

export { handler as GET, handler as POST };
