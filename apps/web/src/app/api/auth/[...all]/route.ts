import { handleAuthRequest } from "@newsquiz/api/server";

export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
