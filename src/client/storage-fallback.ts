/**
 * Runs first in every page's <head>. Starlight's theme and sidebar scripts use web storage without
 * guarding it, so a browser that blocks storage (reading `localStorage` throws: cookies disabled,
 * some private modes) or a full storage (writing throws) would break every page. Blocked storage is
 * replaced by an in-memory stand-in that lasts until the student leaves the page; on a full storage,
 * writes that do not fit are dropped. The course's own code guards every storage access as well,
 * and tells the student when progress cannot be kept: the stand-in says `transient`, and a dropped
 * write reads back as missing.
 */
// Kept short by hand: it is inlined into every page.
export const STORAGE_FALLBACK_SCRIPT = `for(const n of['localStorage','sessionStorage']){let s;try{s=window[n];s.getItem('x')}catch{const d=new Map();try{Object.defineProperty(window,n,{configurable:true,value:{transient:true,getItem:k=>d.has(k)?d.get(k):null,setItem:(k,v)=>{d.set(k,String(v))},removeItem:k=>{d.delete(k)},clear:()=>d.clear(),key:i=>[...d.keys()][i]??null,get length(){return d.size}}})}catch{}continue}const w=s.setItem;s.setItem=function(k,v){try{w.call(this,k,v)}catch{}}}`;
